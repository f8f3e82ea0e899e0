import type { Migration } from "./migration";
import { v0Prototype } from "./v0-prototype";

/** Every migration, in order: step i upgrades version i to i + 1. Append new steps at the end. */
export const migrations: readonly Migration[] = [v0Prototype];

export type { Migration, RawDocument } from "./migration";
