import type { Metadata } from "next";
import { FlowAnalytics } from "@/components/analytics/flow-analytics";
import { RoleGate } from "@/components/auth/role-gate";

export const metadata: Metadata = { title: "Flow analytics" };

/** `/flows/[id]/analytics`: where and why this flow hands over to people (designers). */
export default async function FlowAnalyticsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RoleGate roles={["designer"]} nextPath={`/flows/${encodeURIComponent(id)}/analytics`}>
      <FlowAnalytics flowId={id} />
    </RoleGate>
  );
}
