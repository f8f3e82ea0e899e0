import { FlowsOverview } from "@/components/analytics/flows-overview";
import { RoleGate } from "@/components/auth/role-gate";
import { getDb } from "@/db/client";
import { flowOverview } from "@/db/queries/analytics/flow-overview";

export const metadata = { title: "Analytics" };
export const dynamic = "force-dynamic";

/** `/analytics`: every flow's key handoff numbers, linking to each flow's analytics (designers). */
export default function AnalyticsPage() {
  return (
    <RoleGate roles={["designer"]} nextPath="/analytics">
      <Overview />
    </RoleGate>
  );
}

function Overview() {
  return <FlowsOverview rows={flowOverview(getDb(), 30)} />;
}
