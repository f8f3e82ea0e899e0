import type { Metadata } from "next";
import { RoleGate } from "@/components/auth/role-gate";
import { FlowEditor } from "@/components/editor/flow-editor";
import { loadFlow } from "./load-flow";

export const metadata: Metadata = { title: "Flow editor" };
export const dynamic = "force-dynamic";

/** `/flows/[id]`: the visual flow editor, handed the flow as the server holds it now. */
export default async function FlowEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RoleGate roles={["designer"]} nextPath={`/flows/${encodeURIComponent(id)}`}>
      <EditorWithFlow id={id} />
    </RoleGate>
  );
}

/** Rendered only once RoleGate let the user in, so the flow is never read for someone else. */
function EditorWithFlow({ id }: { id: string }) {
  return <FlowEditor flowId={id} flow={loadFlow(id)} />;
}
