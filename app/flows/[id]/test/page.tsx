import type { Metadata } from "next";
import { TesterPage } from "@/components/preview/tester-page";

export const metadata: Metadata = { title: "Test flow" };

/** `/flows/[id]/test`: chat with a flow, flip the simulated world, save tests, send notes. */
export default async function FlowTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TesterPage flowId={id} />;
}
