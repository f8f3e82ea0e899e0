import type { BundleNodeOf, NodeKind } from "../bundle-types";
import type { Outcome, Turn } from "../turn";
import type { AwaitedInput, PendingEffect } from "../types";

/**
 * How one node kind behaves: what happens when the conversation enters it, and, for kinds that
 * wait, when the user's answer or the host's effect result arrives for it.
 */
export interface Executor<K extends NodeKind> {
  /** `retry` is true when a Fallback sends the user back here: don't repeat the prompt. */
  enter(node: BundleNodeOf<K>, turn: Turn, retry: boolean): Outcome;
  onInput?(node: BundleNodeOf<K>, turn: Turn, text: string, awaiting: AwaitedInput): Outcome;
  onEffect?(node: BundleNodeOf<K>, turn: Turn, result: { [key: string]: unknown }, pending: PendingEffect): Outcome;
}
