"use client";

import { Tabs as RadixTabs } from "radix-ui";
import { useState } from "react";
import { ChatView } from "@/components/chat/chat-view";
import { TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { FlowDocument } from "@/lib/flow";
import type { CompiledDraft } from "@/lib/preview/compile-draft";
import type { PreviewSession, PreviewSnapshot } from "@/lib/preview/preview-session";
import { AgentConsole } from "./agent-console";
import { NotesList, useNoteCount } from "./notes-list";
import { PreviewToolbar } from "./preview-toolbar";
import { ProblemsBanner } from "./problems-banner";
import { TestsTab } from "./tests-tab";
import { TraceList } from "./trace-list";
import { VariablesInspector } from "./variables-inspector";
import { WorldControls } from "./world-controls";

type Tab = "chat" | "world" | "debug" | "tests" | "notes";

/**
 * The preview: the chat (with the agent role-play card when a handoff is open), the simulated
 * world, the debug view (trace + variables), the conversation tests and — for designers — the
 * testers' notes. The editor docks it beside the canvas; the tester page shows it full size.
 */
export function PreviewWorkbench({
  flowId,
  document,
  session,
  snapshot,
  draft,
  audience,
  onFocusNode,
}: {
  flowId: string;
  document: FlowDocument;
  session: PreviewSession;
  snapshot: PreviewSnapshot;
  draft: CompiledDraft | null;
  /** Designers see the notes list; testers get "Send note to designers". */
  audience: "designer" | "tester";
  onFocusNode?: (nodeId: string) => void;
}) {
  const [tab, setTab] = useState<Tab>("chat");
  const noteCount = useNoteCount(flowId);
  const ended = snapshot.state?.status === "ended";
  return (
    <div data-testid="preview-workbench" data-bundle-hash={snapshot.bundleHash ?? ""} className="flex min-h-0 flex-1 flex-col bg-white">
      <ProblemsBanner draft={draft} onFocusNode={onFocusNode} />
      <PreviewToolbar flowId={flowId} document={document} session={session} snapshot={snapshot} allowNotes={audience === "tester"} />
      {snapshot.caveats.length > 0 ? <p className="border-b border-slate-100 bg-slate-50 px-3 py-1 text-[11px] text-slate-500">Note: {snapshot.caveats.join("; ")}.</p> : null}
      <RadixTabs.Root value={tab} onValueChange={(value) => setTab(readTab(value))} className="flex min-h-0 flex-1 flex-col">
        <TabsList>
          <TabsTrigger value="chat">Chat</TabsTrigger>
          <TabsTrigger value="world">World</TabsTrigger>
          <TabsTrigger value="debug">Debug</TabsTrigger>
          <TabsTrigger value="tests">Tests</TabsTrigger>
          {audience === "designer" ? <TabsTrigger value="notes">{`Notes (${noteCount ?? "…"})`}</TabsTrigger> : null}
        </TabsList>
        <RadixTabs.Content value="chat" className="flex min-h-0 flex-1 flex-col focus:outline-none">
          <ChatView
            messages={snapshot.entries}
            quickReplies={snapshot.quickReplies}
            disabled={!snapshot.state}
            ended={ended}
            onSend={(text) => void session.send(text)}
            onQuickReply={(reply) => void session.pickQuickReply(reply)}
            onTalkToPerson={() => void session.talkToPerson()}
          >
            <AgentConsole session={session} snapshot={snapshot} />
          </ChatView>
        </RadixTabs.Content>
        <RadixTabs.Content value="world" className="min-h-0 flex-1 overflow-y-auto focus:outline-none">
          <WorldControls session={session} snapshot={snapshot} document={document} />
        </RadixTabs.Content>
        <RadixTabs.Content value="debug" className="min-h-0 flex-1 overflow-y-auto focus:outline-none">
          <h3 className="px-3 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Variables</h3>
          <VariablesInspector session={session} variables={snapshot.state?.variables ?? {}} />
          <h3 className="px-3 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Trace</h3>
          <TraceList trace={snapshot.trace} onFocusNode={onFocusNode} />
        </RadixTabs.Content>
        <RadixTabs.Content value="tests" className="min-h-0 flex-1 overflow-y-auto focus:outline-none">
          <TestsTab flowId={flowId} session={session} onOpened={() => setTab("chat")} />
        </RadixTabs.Content>
        {audience === "designer" ? (
          <RadixTabs.Content value="notes" className="min-h-0 flex-1 overflow-y-auto focus:outline-none">
            <NotesList flowId={flowId} />
          </RadixTabs.Content>
        ) : null}
      </RadixTabs.Root>
    </div>
  );
}

const readTab = (value: string): Tab => (value === "world" || value === "debug" || value === "tests" || value === "notes" ? value : "chat");
