import { redirect } from "next/navigation";
import { RoleGate } from "@/components/auth/role-gate";
import { FlowsPage } from "@/components/flows/flows-page";
import { requirePageUser } from "@/lib/auth/page-access";

export const dynamic = "force-dynamic";

/** `/`: the flows list, for designers. Agents land here after signing in, so send them to their desk. */
export default async function Home() {
  const { user } = await requirePageUser(["designer"], "/");
  if (user.role === "agent") redirect("/desk");
  return (
    <RoleGate roles={["designer"]} nextPath="/">
      <FlowsPage />
    </RoleGate>
  );
}
