import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/**
 * The Chromium the end-to-end tests drive: $PLAYWRIGHT_CHROMIUM_PATH, else a system Chromium,
 * else undefined (Playwright's own download, where the machine has one).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

/** Flags for a headless Chromium on a machine with no outside network and no GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
