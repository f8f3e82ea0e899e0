import type { Metadata } from "next";
import { RoleGate } from "@/components/auth/role-gate";
import { FlowEditor } from "@/components/editor/flow-editor";

export const metadata: Metadata = { title: "Flow editor" };
export const dynamic = "force-dynamic";

/** `/flows/[id]`: the visual flow editor. */
export default async function FlowEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RoleGate roles={["designer"]} nextPath={`/flows/${encodeURIComponent(id)}`}>
      <FlowEditor flowId={id} />
    </RoleGate>
  );
}
