/**
 * Compile-time proof that the runtime's structural types match the zod schemas of lib/flow (the
 * single definition of the data). Never imported at run time; `tsc` fails here on drift.
 */
import type { RuntimeBundle as FlowBundle } from "../flow/bundle";
import type { ConversationTestCase as FlowTestCase } from "../flow/test-case";
import type { RuntimeBundle } from "./bundle-types";
import type { ConversationTestCase } from "./testing/types";

type Assert<T extends true> = T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A compiled bundle is exactly what the interpreter reads. */
export type BundleContract = Assert<Mutual<FlowBundle, RuntimeBundle>>;

/** Every case the zod schema accepts the runner accepts, and back (but `$schema`, for editors). */
export type TestCaseContract = Assert<Mutual<Omit<FlowTestCase, "$schema">, ConversationTestCase>>;
