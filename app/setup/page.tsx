import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { getDb } from "@/db/client";
import { isSetupOpen } from "@/lib/auth/setup";

export const metadata = { title: "Set up Baton" };
export const dynamic = "force-dynamic";

/** One-time: exists only until the first admin is created, then 404 forever. */
export default function SetupPage() {
  if (!isSetupOpen(getDb())) notFound();
  return (
    <AuthCard
      title="Welcome to Baton"
      intro="Create the first admin account. Admins add designers and agents in Settings. This page disappears once the account exists."
    >
      <SetupForm />
    </AuthCard>
  );
}
