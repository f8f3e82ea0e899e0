import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Desk" };

export default function DeskPage() {
  return (
    <ComingSoon title="Agent desk">
      Not built yet. Here agents will receive handoffs with the whole transcript and a context card, answer users live,
      resolve, or hand them back to the bot. Until then, test handoffs with the CLI (<code>npm run baton -- chat</code>).
    </ComingSoon>
  );
}
