/**
 * `npm run bench [-- name…]`: runs every benchmark in tests/bench/*.bench.ts in this process,
 * prints their tables and writes them to data/bench.json. Benchmarks measure; they never fail
 * on a time threshold.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Benchmark, BenchTable } from "../../tests/bench/types";

const root = process.cwd();
const benchDir = path.join(root, "tests/bench");
const only = process.argv.slice(2);
const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const results: { name: string; tables: BenchTable[]; error?: string }[] = [];
for (const file of files) {
  const loaded: { default: Benchmark } = await import(pathToFileURL(path.join(benchDir, file)).href);
  const bench = loaded.default;
  console.log(`\n▶ ${bench.name}`);
  try {
    const tables = await bench.run();
    for (const table of tables) console.log(formatTable(table));
    results.push({ name: bench.name, tables });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`✖ ${bench.name} failed: ${message}`);
    results.push({ name: bench.name, tables: [], error: message });
  }
}

fs.mkdirSync(path.join(root, "data"), { recursive: true });
const out = path.join(root, "data/bench.json");
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
console.log(`\nWrote ${path.relative(root, out)}`);
if (results.some((result) => result.error)) process.exitCode = 1;

function formatTable(table: BenchTable): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => "| " + row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ") + " |";
  const rule = "|" + widths.map((width) => "-".repeat(width + 2)).join("|") + "|";
  return [`\n${table.title}`, line(table.columns), rule, ...cells.slice(1).map(line), ...(table.notes ?? []).map((note) => `  ${note}`)].join("\n");
}
