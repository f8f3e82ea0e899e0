import type { Metadata } from "next";
import { RoleGate } from "@/components/auth/role-gate";
import { TesterPage } from "@/components/preview/tester-page";

export const metadata: Metadata = { title: "Test flow" };
export const dynamic = "force-dynamic";

/** `/flows/[id]/test`: chat with a flow, flip the simulated world, save tests, send notes. */
export default async function FlowTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RoleGate roles={["designer"]} nextPath={`/flows/${encodeURIComponent(id)}/test`}>
      <TesterPage flowId={id} />
    </RoleGate>
  );
}
