import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <ComingSoon title="Settings">
      Not built yet. Queues and business hours, agents, users and roles, API keys and outgoing webhooks will be managed
      here.
    </ComingSoon>
  );
}
