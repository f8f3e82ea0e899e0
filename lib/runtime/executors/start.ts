import type { Executor } from "./executor";

/** Start: straight on to `next`. */
export const startExecutor: Executor<"start"> = {
  enter: () => ({ port: "next" }),
};
