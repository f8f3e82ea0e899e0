import { RoleGate } from "@/components/auth/role-gate";
import { DeskApp } from "@/components/desk/desk-app";
import { requirePageUser } from "@/lib/auth/page-access";

export const metadata = { title: "Desk" };
export const dynamic = "force-dynamic";

/** The agent desk: agents (and admins) answer handed-off users live. */
export default function DeskPage() {
  return (
    <RoleGate roles={["agent"]} nextPath="/desk">
      <Desk />
    </RoleGate>
  );
}

async function Desk() {
  // RoleGate let us in; read who we are for the desk's "mine" lists and admin rights
  const { user } = await requirePageUser(["agent"], "/desk");
  return <DeskApp user={{ id: user.id, name: user.name, isAdmin: user.role === "admin" }} />;
}
