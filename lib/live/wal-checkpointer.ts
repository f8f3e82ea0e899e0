import { Worker } from "node:worker_threads";
import type { Db } from "@/db/open";

/** How often the worker checkpoints, and how many extra rounds it may take to catch up. */
const INTERVAL_MS = 1000;
const CATCH_UP_ROUNDS = 4;
/** What SQLite does by default; restored when the worker cannot run. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// Plain CommonJS run with `eval`, so the bundler leaves it alone; better-sqlite3 is an external
// package, resolved from the server's working directory like the main thread's copy.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  try {
    for (let round = 0; round <= workerData.rounds; round++) {
      const [result] = db.pragma("wal_checkpoint(PASSIVE)");
      if (!result || result.busy || result.log === result.checkpointed) break;
    }
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. With WAL and synchronous=NORMAL a commit
 * only appends to the log; the fsyncs happen when the log is copied back into the database file
 * (a checkpoint), which SQLite otherwise does inside whichever commit crosses 1,000 pages — on a
 * busy disk that one chat turn then waits seconds. Here a worker thread with its own connection
 * runs PASSIVE checkpoints every second (they never block the writer) and the server's
 * connection stops checkpointing by itself. Durability is unchanged: committed turns are in the
 * log either way. If the worker cannot start or dies, automatic checkpoints come back.
 */
export function startWalCheckpointer(db: Db): { stop: () => void } | null {
  const sqlite = db.$client;
  if (sqlite.memory || sqlite.pragma("journal_mode", { simple: true }) !== "wal") return null;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: sqlite.name, intervalMs: INTERVAL_MS, rounds: CATCH_UP_ROUNDS } });
  } catch (error) {
    console.error("WAL checkpointer did not start; SQLite keeps checkpointing inline", error);
    return null;
  }
  worker.unref();
  const restore = () => {
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
  };
  worker.on("message", (message: unknown) => {
    if (typeof message !== "object" || message === null) return;
    if ("ready" in message) sqlite.pragma("wal_autocheckpoint = 0");
    if ("error" in message) console.error("WAL checkpoint failed", message.error);
  });
  worker.on("error", (error) => {
    console.error("WAL checkpointer stopped; SQLite checkpoints inline again", error);
    restore();
  });
  worker.on("exit", restore);
  return {
    stop() {
      restore();
      worker.postMessage("stop");
    },
  };
}
