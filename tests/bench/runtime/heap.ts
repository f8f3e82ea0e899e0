import v8 from "node:v8";
import vm from "node:vm";

/**
 * A function that forces a full garbage collection. `global.gc` exists only under
 * `node --expose-gc`, which tsx does not pass; setting the flag at run time and fetching `gc`
 * from a fresh context gives the same function.
 */
export function garbageCollector(): () => void {
  if (typeof globalThis.gc === "function") {
    const gc = globalThis.gc;
    return () => void gc();
  }
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("gc");
  if (typeof gc !== "function") throw new Error("could not expose the garbage collector");
  return () => void gc();
}

/** Heap in use after two forced collections (the second clears what the first finalized), in MB. */
export function settledHeapMb(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
