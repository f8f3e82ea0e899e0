/**
 * One table printed by `npm run bench`. A benchmark file `tests/bench/<name>.bench.ts`
 * default-exports a `Benchmark`; the runner (lib/tasks/bench.ts) runs them all in one process,
 * prints every table and writes them to data/bench.json.
 */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Goal lines, e.g. "goal: p50 ≤ 2 µs — met". */
  notes?: string[];
}

export interface Benchmark {
  name: string;
  run: () => Promise<BenchTable[]>;
}
