import "server-only";
import { databasePath } from "@/lib/server/env";
import { openDatabase, type Db } from "./open";

const cache = globalThis as typeof globalThis & { __batonDb?: Db };

/** The server's database handle, opened and migrated once per process (and kept across dev reloads). */
export function getDb(): Db {
  cache.__batonDb ??= openDatabase(databasePath());
  return cache.__batonDb;
}
