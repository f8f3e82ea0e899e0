"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRightLeft, CheckCircle2, Undo2 } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { ChatView } from "@/components/chat/chat-view";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import {
  getDeskHandoff,
  handBackHandoff,
  resolveHandoff,
  sendAgentMessage,
  transferHandoff,
  type DeskHandoff,
  type DeskHandoffDetail,
} from "@/lib/api/live";
import { mergeMessages } from "@/lib/desk/merge-messages";
import { ContextCard } from "./context-card";
import { deskKeys } from "./desk-keys";
import { deskTranscript } from "./desk-transcript";
import { NoteDialog } from "./note-dialog";

type Finish = "resolve" | "hand-back" | "transfer" | null;

const STATUS_TEXT: Record<DeskHandoff["status"], string> = {
  queued: "Waiting for an agent",
  assigned: "Assigned",
  resolved: "Resolved",
  handed_back: "Handed back to the bot",
  timed_out: "Nobody accepted in time",
  unavailable: "No agent was available",
  abandoned: "The user left",
};

/**
 * One conversation in the desk: header with the actions that fit its state, the context card,
 * then the whole transcript (bot part dimmed) with the live thread and a composer (Enter sends)
 * for the agent it is assigned to.
 */
export function ConversationView({
  handoffId,
  myId,
  isAdmin,
  queueNames,
  onAccept,
  onChanged,
}: {
  handoffId: string;
  myId: string;
  isAdmin: boolean;
  queueNames: readonly string[];
  onAccept: (id: string) => Promise<void>;
  onChanged: (handoff: DeskHandoff) => void;
}) {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: deskKeys.handoff(handoffId), queryFn: () => getDeskHandoff(handoffId) });
  const [finish, setFinish] = useState<Finish>(null);
  const handoff = data?.handoff;
  const messages = useMemo(() => (handoff ? deskTranscript(handoff.messages, handoff.requestedAt, handoff.trigger) : []), [handoff]);

  if (isPending) return <Spinner className="m-6" />;
  if (error || !handoff) return <p role="alert" className="m-6 text-sm text-rose-700">{error?.message ?? "This conversation could not be loaded."}</p>;

  const mine = handoff.status === "assigned" && (handoff.agent?.id === myId || isAdmin);
  const open = handoff.status === "queued" || handoff.status === "assigned";
  const store = (detail: DeskHandoffDetail) => {
    queryClient.setQueryData(deskKeys.handoff(handoffId), { handoff: detail });
    onChanged(detail);
  };
  const send = async (text: string) => {
    try {
      const { message } = await sendAgentMessage(handoffId, text);
      queryClient.setQueryData<{ handoff: DeskHandoffDetail }>(deskKeys.handoff(handoffId), (current) =>
        current ? { handoff: { ...current.handoff, messages: [...mergeMessages(current.handoff.messages, [message])] } } : current,
      );
    } catch (caught) {
      toast.error(caught instanceof Error ? `Not sent: ${caught.message}` : "Not sent");
    }
  };

  return (
    <section aria-label="Conversation" data-testid="desk-conversation" className="flex min-h-0 flex-1 flex-col">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-4 py-2">
        <div className="min-w-0">
          <h2 className="text-sm font-semibold text-slate-900">{handoff.agent && handoff.status === "assigned" ? `With ${handoff.agent.name}` : STATUS_TEXT[handoff.status]}</h2>
          <p className="text-xs text-slate-500" data-testid="desk-conversation-status">
            {STATUS_TEXT[handoff.status]} · {handoff.queue}
            {handoff.note ? ` · note: ${handoff.note}` : ""}
          </p>
        </div>
        <div className="ml-auto flex gap-1.5">
          {handoff.status === "queued" ? (
            <Button variant="primary" size="sm" onClick={() => void onAccept(handoffId)}>
              Accept
            </Button>
          ) : null}
          {mine ? (
            <>
              <Button size="sm" onClick={() => setFinish("transfer")}>
                <ArrowRightLeft className="size-3.5" aria-hidden /> Transfer
              </Button>
              <Button size="sm" onClick={() => setFinish("hand-back")}>
                <Undo2 className="size-3.5" aria-hidden /> Hand back to bot
              </Button>
              <Button size="sm" variant="primary" onClick={() => setFinish("resolve")}>
                <CheckCircle2 className="size-3.5" aria-hidden /> Resolve
              </Button>
            </>
          ) : null}
        </div>
      </header>
      <ContextCard context={handoff.context} />
      <ChatView
        messages={messages}
        quickReplies={[]}
        perspective="agent"
        placeholder={mine ? "Reply to the user… (Enter sends)" : handoff.status === "queued" ? "Accept to reply" : "Read only"}
        disabled={!mine}
        ended={!open}
        endedNote={`${STATUS_TEXT[handoff.status]}${handoff.note ? ` — ${handoff.note}` : ""}.`}
        onSend={(text) => void send(text)}
        onQuickReply={() => undefined}
      />
      <NoteDialog
        open={finish === "resolve"}
        onOpenChange={(value) => setFinish(value ? "resolve" : null)}
        title="Resolve conversation"
        description="The conversation ends for the user. The note is kept with the handoff."
        confirm="Resolve"
        noteRequired={false}
        onSubmit={async ({ note }) => store((await resolveHandoff(handoffId, note || undefined)).handoff)}
      />
      <NoteDialog
        open={finish === "hand-back"}
        onOpenChange={(value) => setFinish(value ? "hand-back" : null)}
        title="Hand back to the bot"
        description="The flow continues after the handoff, with your note as {{handoff_note}}."
        confirm="Hand back"
        noteRequired
        onSubmit={async ({ note }) => store((await handBackHandoff(handoffId, note)).handoff)}
      />
      <NoteDialog
        open={finish === "transfer"}
        onOpenChange={(value) => setFinish(value ? "transfer" : null)}
        title="Transfer to another queue"
        description="The user waits in that queue for its next agent and stays connected."
        confirm="Transfer"
        noteRequired={false}
        queues={queueNames.filter((name) => name !== handoff.queue)}
        onSubmit={async ({ queue, note }) => store((await transferHandoff(handoffId, queue, note || undefined)).handoff)}
      />
    </section>
  );
}
