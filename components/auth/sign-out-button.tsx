"use client";

import { LogOut } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sendJson } from "./api-error";

/** Ends this session and goes to the sign-in page. */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const queryClient = useQueryClient();
  return (
    <Button
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await sendJson("/api/auth/sign-out", { body: {} });
        } finally {
          // Nothing cached for the old session may survive into the next one.
          queryClient.clear();
          router.replace("/sign-in");
          router.refresh();
        }
      }}
    >
      <LogOut className="h-4 w-4" aria-hidden /> Sign out
    </Button>
  );
}
