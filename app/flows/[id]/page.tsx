import type { Metadata } from "next";
import { FlowEditor } from "@/components/editor/flow-editor";

export const metadata: Metadata = { title: "Flow editor" };

/** `/flows/[id]`: the visual flow editor. */
export default async function FlowEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <FlowEditor flowId={id} />;
}
