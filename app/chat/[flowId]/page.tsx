import type { Metadata } from "next";
import { PublicChat } from "@/components/public-chat/public-chat";

export const metadata: Metadata = { title: "Chat", robots: { index: false } };

/** The public chat of one flow: no sign-in, the conversation lives in this browser. */
export default async function ChatPage({ params }: { params: Promise<{ flowId: string }> }) {
  const { flowId } = await params;
  return <PublicChat flowId={flowId} />;
}
