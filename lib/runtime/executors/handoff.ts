import { handoffEffect, startHandoff } from "../handoff";
import type { Executor } from "./executor";

/** Handoff: runs the protocol (lib/runtime/handoff.ts); agent events continue it from step. */
export const handoffExecutor: Executor<"handoff"> = {
  enter: startHandoff,
  onEffect: handoffEffect,
};
