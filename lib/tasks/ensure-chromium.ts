import { spawnSync } from "node:child_process";
import { chromiumPath } from "../../tests/e2e/chromium-path";

/**
 * Makes sure end-to-end tests have a Chromium: the configured or system one; else Playwright's
 * download; else, on Debian as root, the `chromium` package. Exits with instructions otherwise.
 */
export function ensureChromium(): void {
  if (chromiumPath()) return;
  console.log("No Chromium found; trying `playwright install chromium`…");
  const download = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (download.status === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("Installing Debian's chromium package…");
    const apt = spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], { stdio: "inherit" });
    if (apt.status === 0 && chromiumPath()) return;
  }
  console.error(
    [
      "",
      "✖ End-to-end tests need Chromium and none could be found or installed.",
      "  Install one of these, then run `npm test` again:",
      "    • Debian/Ubuntu:  sudo apt-get install chromium   (gives /usr/bin/chromium)",
      "    • any machine with internet:  npx playwright install chromium",
      "    • or point PLAYWRIGHT_CHROMIUM_PATH at an existing Chrome/Chromium binary.",
    ].join("\n"),
  );
  process.exit(1);
}
