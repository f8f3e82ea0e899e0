import type { Db } from "../open";

/**
 * Statements built once per database handle and reused by every call: preparing a statement
 * costs more than running it on the chat's hot path. Keyed weakly by the handle, so a reopened
 * database (a restart in tests) prepares its own.
 */
export function preparedPer<T>(build: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let statements = made.get(db);
    if (!statements) {
      statements = build(db);
      made.set(db, statements);
    }
    return statements;
  };
}
