import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Analytics" };

export default function AnalyticsPage() {
  return (
    <ComingSoon title="Analytics">
      Not built yet. Here designers will see where and why handoffs fire — by trigger, by node, and the phrases the bot
      did not understand — so flows need fewer of them.
    </ComingSoon>
  );
}
