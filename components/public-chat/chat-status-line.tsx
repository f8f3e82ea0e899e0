import { Headset, Hourglass, WifiOff } from "lucide-react";
import type { ChatStatus } from "@/lib/api/live";
import type { StreamState } from "@/lib/desk/live-stream";
import { queuePositionText } from "@/lib/desk/wait-text";

/**
 * The line above the chat that says where the user stands: waiting (with place in line and
 * estimated wait), talking with a named agent, or reconnecting after the network dropped.
 */
export function ChatStatusLine({ status, stream }: { status: ChatStatus; stream: StreamState }) {
  if (stream === "reconnecting") {
    return (
      <p role="status" data-testid="chat-status" className="flex items-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        <WifiOff className="size-4" aria-hidden /> Reconnecting…
      </p>
    );
  }
  if (status.state === "queued") {
    return (
      <p role="status" data-testid="chat-status" className="flex items-center gap-2 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
        <Hourglass className="size-4" aria-hidden /> {queuePositionText(status.position, status.estimatedWaitSec)}
      </p>
    );
  }
  if (status.state === "with_agent") {
    return (
      <p role="status" data-testid="chat-status" className="flex items-center gap-2 border-b border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
        <Headset className="size-4" aria-hidden /> You&rsquo;re chatting with {status.agentName ?? "a person from our team"}
      </p>
    );
  }
  return null;
}
