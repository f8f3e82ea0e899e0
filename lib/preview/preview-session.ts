import {
  createConversation, createSimulatedHost, type ClassifierFactory, type ContextCard, type Conversation, type ConversationState,
  type ConversationTestCase, type Interaction, type JsonValue, type QuickReply, type RuntimeBundle, type SimulatedHost,
  type SimulatedWorld, type TraceEntry, type TranscriptEntry,
} from "@/lib/runtime";
import { entriesFromOutputs, latestQuickReplies, type PreviewChatEntry } from "./chat-entries";
import { chatToTestCase, type ActionStep, type RecordedTurn } from "./chat-to-test-case";
import { measureSince } from "./measure";
import { previewClassifier } from "./memo-classifier";
import { replayStep } from "./replay-step";
import { defaultPreviewWorld, fromSimulatedWorld, toSimulatedWorld, type PreviewWorld } from "./preview-world";

/** What the agent gets when the user is queued: the context card and the transcript so far. */
export interface HandoffRequest {
  handoffId: string;
  context: ContextCard;
  transcript: TranscriptEntry[];
}

/** Everything the preview shows, replaced (never mutated) on every change. */
export interface PreviewSnapshot {
  entries: PreviewChatEntry[];
  quickReplies: QuickReply[];
  trace: { seq: number; entry: TraceEntry }[];
  state: ConversationState | null;
  /** The open handoff as the agent sees it; null when none is open. */
  handoff: HandoffRequest | null;
  turns: RecordedTurn[];
  busy: boolean;
  /** The node the conversation was started at, when not the Start node. */
  startNodeId: string | null;
  world: PreviewWorld;
  /** The test case being replayed (its exact world runs until the tester changes the world). */
  replaying: string | null;
  /** Why this chat might not replay as a test: started mid-flow, variables edited, world changed. */
  caveats: string[];
  /** Hash of the bundle running now (changes when an edit was compiled). */
  bundleHash: string | null;
}

const OPEN = new Set(["checking", "queued", "assigned"]);

/**
 * One preview conversation in the browser (or in Node, for tests and benchmarks): the runtime
 * driver with a simulated host whose world the tester controls, the chat lines, the trace and a
 * recording that `testCase()` turns into a conversation test. Operations run one after another.
 * Subscribe with `subscribe`/`getSnapshot` (fits React's useSyncExternalStore).
 */
export class PreviewSession {
  private bundle: RuntimeBundle | null = null;
  private host: SimulatedHost;
  private conversation: Conversation | null = null;
  private snapshot: PreviewSnapshot;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private ids = 0;
  private exactWorld: SimulatedWorld | null = null;
  private readonly classifier: ClassifierFactory;

  constructor(options: { world?: PreviewWorld; classifier?: ClassifierFactory } = {}) {
    this.classifier = options.classifier ?? previewClassifier;
    const world = options.world ?? defaultPreviewWorld();
    this.host = createSimulatedHost(toSimulatedWorld(world, null));
    this.snapshot = {
      entries: [], quickReplies: [], trace: [], state: null, handoff: null, turns: [], busy: false,
      startNodeId: null, world, replaying: null, caveats: [], bundleHash: null,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PreviewSnapshot => this.snapshot;

  /** The bundle the preview runs now. */
  get currentBundle(): RuntimeBundle | null {
    return this.bundle;
  }

  /**
   * Runs a newly compiled bundle: the conversation continues where it is (its state is plain
   * JSON, so it carries over); the first bundle starts the conversation.
   */
  setBundle(bundle: RuntimeBundle): Promise<void> {
    return this.enqueue(async () => {
      const first = this.bundle === null;
      this.bundle = bundle;
      this.update({ bundleHash: bundle.hash });
      if (!this.exactWorld) this.host.world = toSimulatedWorld(this.snapshot.world, bundle);
      if (first || !this.conversation) await this.startNow(null);
      else this.conversation = this.drive(bundle, this.conversation.state);
    });
  }

  /** Starts over, at the Start node or at `fromNodeId`. */
  restart(fromNodeId: string | null = null): Promise<void> {
    return this.enqueue(() => this.startNow(fromNodeId));
  }

  send(text: string): Promise<void> {
    return this.act({ user: text }, text, (conversation) => conversation.send(text));
  }

  pickQuickReply(reply: QuickReply): Promise<void> {
    return this.act({ quickReply: reply.label }, reply.label, (conversation) => conversation.send({ action: { quickReply: reply.value ?? reply.label } }));
  }

  talkToPerson(): Promise<void> {
    return this.act({ action: "talk_to_person" }, "Talk to a person", (conversation) => conversation.send({ action: "talk_to_person" }));
  }

  agentAccept(name: string): Promise<void> {
    return this.act({ agent: { accept: name } }, null, (conversation) => conversation.agentAccept(name));
  }

  agentReply(text: string): Promise<void> {
    return this.act({ agent: { reply: text } }, null, (conversation) => conversation.agentReply(text));
  }

  agentResolve(note: string): Promise<void> {
    return this.act({ agent: note ? { resolve: note } : "resolve" }, null, (conversation) => conversation.agentResolve(note || undefined));
  }

  agentHandBack(note: string): Promise<void> {
    return this.act({ agent: { hand_back: note } }, null, (conversation) => conversation.agentHandBack(note));
  }

  /** Fast-forward: the open handoff's wait timeout runs out (nobody accepted in time). */
  fastForward(): Promise<void> {
    return this.act({ agent: "timeout" }, null, (conversation) => conversation.handoffTimeout());
  }

  /** Changes the simulated world; it applies from the next effect on. */
  setWorld(world: PreviewWorld): void {
    const clockChanged = world.clock !== this.snapshot.world.clock;
    this.exactWorld = null;
    const simulated = toSimulatedWorld(world, this.bundle);
    if (clockChanged) {
      // the simulated clock only moves forward by itself: a new host starts at the new time
      this.host = createSimulatedHost(simulated);
      if (this.bundle && this.conversation) this.conversation = this.drive(this.bundle, this.conversation.state);
    } else this.host.world = simulated;
    const midway = this.snapshot.turns.some((turn) => turn.step !== null);
    this.update({ world, replaying: null, caveats: midway ? addCaveat(this.snapshot.caveats, "the world changed during the chat") : this.snapshot.caveats });
  }

  /** Sets a variable of the running conversation (the debug inspector's edit). */
  setVariable(name: string, value: JsonValue): Promise<void> {
    return this.enqueue(async () => {
      if (!this.bundle || !this.conversation) return;
      const state = this.conversation.state;
      const next: ConversationState = { ...state, variables: { ...state.variables, [name]: value } };
      this.conversation = this.drive(this.bundle, next);
      this.update({ state: next, caveats: addCaveat(this.snapshot.caveats, "variables were edited") });
    });
  }

  /**
   * Replays a test case's actions in the preview, in its exact world, so the tester sees where it
   * goes another way. Expectations are not checked here (the Tests tab does that).
   */
  replay(testCase: ConversationTestCase): Promise<void> {
    return this.enqueue(async () => {
      const world = testCase.world ?? {};
      this.exactWorld = world;
      this.update({ world: fromSimulatedWorld(world, this.bundle) });
      await this.startNow(null, world);
      this.update({ replaying: testCase.name });
      for (const step of testCase.steps) {
        if ("expect" in step || !this.conversation) continue;
        const { userText, interaction } = replayStep(this.conversation, step, this.snapshot.quickReplies);
        await this.run(step, userText, interaction);
      }
    });
  }

  /** The chat so far as a conversation test case (see `chatToTestCase`). */
  testCase(name: string, description?: string): ConversationTestCase {
    const world = this.exactWorld ?? toSimulatedWorld(this.snapshot.world, this.bundle);
    return chatToTestCase({ name, world, turns: this.snapshot.turns, ...(description ? { description } : {}) });
  }

  private act(step: ActionStep, userText: string | null, perform: (conversation: Conversation) => Promise<Interaction>): Promise<void> {
    return this.enqueue(async () => {
      if (!this.conversation) return;
      await this.run(step, userText, perform(this.conversation));
    });
  }

  private async startNow(fromNodeId: string | null, world?: SimulatedWorld): Promise<void> {
    const bundle = this.bundle;
    if (!bundle) return;
    if (!world) this.exactWorld = null;
    this.host = createSimulatedHost(JSON.parse(JSON.stringify(world ?? toSimulatedWorld(this.snapshot.world, bundle))));
    const startBundle = fromNodeId && bundle.nodes[fromNodeId] ? { ...bundle, startNodeId: fromNodeId } : bundle;
    this.conversation = this.drive(startBundle, undefined);
    this.update({
      entries: [], quickReplies: [], trace: [], state: null, handoff: null, turns: [], replaying: null,
      startNodeId: startBundle === bundle ? null : fromNodeId,
      caveats: startBundle === bundle ? [] : [`started at node ${fromNodeId}, not at Start`],
    });
    await this.run(null, null, this.conversation.start());
    // later steps run on the real bundle; only the start event read the changed start node
    if (startBundle !== bundle) this.conversation = this.drive(bundle, this.conversation.state);
  }

  private async run(step: ActionStep | null, userText: string | null, pending: Promise<Interaction>): Promise<void> {
    const before = this.snapshot;
    const userEntries: PreviewChatEntry[] = userText === null ? [] : [{ id: this.nextId(), from: "user", text: userText }];
    this.update({ busy: true, entries: [...before.entries, ...userEntries] });
    const startedAt = performance.now();
    const interaction = await pending;
    measureSince("answer", startedAt);
    const state = interaction.state;
    const enqueued = interaction.effects.findLast((effect) => effect.type === "enqueue_handoff");
    const stillOpen = state.handoff !== null && OPEN.has(state.handoff.status);
    const handoff: HandoffRequest | null = !stillOpen
      ? null
      : enqueued?.type === "enqueue_handoff"
        ? { handoffId: enqueued.handoffId, context: enqueued.context, transcript: enqueued.transcript }
        : before.handoff;
    const quickReplies = state.status === "waiting_input" ? (state.awaiting?.choices ?? latestQuickReplies(interaction.outputs) ?? []) : [];
    this.update({
      busy: false,
      state,
      handoff,
      quickReplies,
      entries: [...this.snapshot.entries, ...entriesFromOutputs(interaction.outputs, () => this.nextId(), state.handoff?.agentName)],
      trace: [...before.trace, ...interaction.trace.map((entry) => ({ seq: this.ids++, entry }))],
      turns: [...before.turns, { step, outputs: interaction.outputs, after: { status: state.status, nodeId: state.nodeId, handoff: state.handoff } }],
    });
  }

  private drive(bundle: RuntimeBundle, state: ConversationState | undefined): Conversation {
    return createConversation(bundle, this.host, state ? { state, classifier: this.classifier } : { classifier: this.classifier });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.queue.then(operation);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private nextId(): string {
    return `m${this.ids++}`;
  }

  private update(change: Partial<PreviewSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}

function addCaveat(caveats: string[], caveat: string): string[] {
  return caveats.includes(caveat) ? caveats : [...caveats, caveat];
}
