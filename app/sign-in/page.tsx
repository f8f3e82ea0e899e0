import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getDb } from "@/db/client";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { isSetupOpen } from "@/lib/auth/setup";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next: rawNext } = await searchParams;
  const next = safeNextPath(typeof rawNext === "string" ? rawNext : null);
  if (isSetupOpen(getDb())) redirect("/setup");
  if (await getSessionUser(await headers())) redirect(next);
  return (
    <AuthCard title="Sign in to Baton" intro="Use the email and password your Baton admin gave you.">
      <SignInForm next={next} />
    </AuthCard>
  );
}
