import os from "node:os";
import path from "node:path";

// Every test file gets its own SQLite file, so files can run in parallel and start empty.
process.env.DATABASE_PATH = path.join(os.tmpdir(), `baton-unit-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
