import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/open";

interface Journal {
  entries: { idx: number; tag: string }[];
}

const journal: Journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8"));
const tempFile = (name: string) => path.join(os.tmpdir(), `baton-migrations-${process.pid}-${name}-${Math.random().toString(36).slice(2)}.db`);
const tables = (file: string) =>
  new Database(file)
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .all()
    .map((row) => (row as { name: string }).name);

/** A migrations folder holding only the first `count` migrations: the database as an older Baton left it. */
function folderWithFirst(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "baton-migrations-"));
  fs.mkdirSync(path.join(folder, "meta"));
  const entries = journal.entries.slice(0, count);
  fs.writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const entry of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}

describe("database migrations", () => {
  it("create every table on an empty database, with WAL and foreign keys on", () => {
    const file = tempFile("empty");
    const db = openDatabase(file);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    db.$client.close();
    expect(tables(file)).toEqual(expect.arrayContaining(["flows", "app_meta"]));
  });

  it("upgrade a database left at the previous migration without losing its flows", () => {
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    const file = tempFile("previous");
    const old = drizzle(new Database(file));
    migrate(old, { migrationsFolder: folderWithFirst(journal.entries.length - 1) });
    old.$client
      .prepare("insert into flows (id, name, document, revision) values (?, ?, ?, ?)")
      .run("kept", "Kept flow", JSON.stringify({ schemaVersion: 1, name: "Kept flow", nodes: [] }), 7);
    old.$client.close();

    const db = openDatabase(file);
    const row = db.$client.prepare("select name, revision from flows where id = 'kept'").get();
    expect(row).toEqual({ name: "Kept flow", revision: 7 });
    const applied = db.$client.prepare("select count(*) as n from __drizzle_migrations").get();
    expect(applied).toEqual({ n: journal.entries.length });
    db.$client.close();
  });

  it("are idempotent: opening twice applies nothing new", () => {
    const file = tempFile("twice");
    openDatabase(file).$client.close();
    const db = openDatabase(file);
    expect(db.$client.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({ n: journal.entries.length });
    db.$client.close();
  });
});
