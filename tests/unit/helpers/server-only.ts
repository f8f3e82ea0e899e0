// Stand-in for the `server-only` marker package in unit tests (see tests/vitest.config.ts).
export {};
