import type { Db } from "@/db/open";

interface Job {
  /** Runs the work in its savepoint; returns what settles its promise once the COMMIT is done. */
  attempt: () => () => void;
  /** The shared COMMIT failed: nothing of the job was stored. */
  fail: (error: unknown) => void;
}

/**
 * Group commit for turns. Each turn's writes are synchronous and atomic (its own savepoint), but
 * turns that reach the database in the same event-loop iteration share ONE SQLite transaction:
 * on a busy server most of a commit's cost is writing the pages it touched to the WAL, and
 * turns of different conversations touch many of the same pages (the tail of `messages`,
 * `conversation_events`, `analytics_events` and their indexes). A turn that throws rolls back to
 * its savepoint and fails alone; the others commit. Every promise settles only after the
 * COMMIT, so nothing is acknowledged (or published) before it is durable in the WAL.
 */
export function createGroupCommit(db: Db) {
  let pending: Job[] = [];

  function flush(): void {
    const jobs = pending;
    pending = [];
    let settle: (() => void)[] = [];
    try {
      // a statement that aborts the whole transaction makes the COMMIT throw: then every job fails
      settle = db.$client.transaction(() => jobs.map((job) => (db.$client.inTransaction ? job.attempt() : () => undefined)))();
    } catch (error) {
      for (const job of jobs) job.fail(error);
      return;
    }
    for (const done of settle) done();
  }

  return {
    /** Runs `work` (synchronous database writes) in the next shared transaction; settles after COMMIT. */
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const attempt = () => {
          try {
            // nested: better-sqlite3 runs it in a savepoint and rolls just that back on a throw
            const value = db.$client.transaction(work)();
            return () => resolve(value);
          } catch (error) {
            return () => reject(error);
          }
        };
        pending.push({ attempt, fail: reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
