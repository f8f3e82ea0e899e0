import { FlowsPage } from "@/components/flows/flows-page";

export default function Home() {
  return <FlowsPage />;
}
