import { expect, type Page } from "@playwright/test";

/**
 * Watches a page for any sign that a payload ran: a dialog (alert/confirm/prompt), the
 * `window.__xss` flag, or markup that only injection could have made — an element with an inline
 * event handler attribute (React never renders those), an iframe, or a `javascript:` link.
 */
export class XssGuard {
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on("dialog", (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /** Asserts that nothing ran and nothing was injected, with what was found if something was. */
  async expectClean(where: string): Promise<void> {
    const found = await this.page.evaluate(() => {
      const flagged: unknown = Reflect.get(window, "__xss");
      const withHandlers = [...document.querySelectorAll("*")]
        .filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith("on")))
        .map((element) => element.outerHTML.slice(0, 120));
      const frames = document.querySelectorAll("iframe").length;
      const scriptLinks = [...document.querySelectorAll("a[href]")].filter((link) => /^\s*javascript:/i.test(link.getAttribute("href") ?? "")).length;
      return { flag: flagged === undefined ? null : String(flagged), withHandlers, frames, scriptLinks };
    });
    expect(found, `after ${where}`).toEqual({ flag: null, withHandlers: [], frames: 0, scriptLinks: 0 });
    expect(this.dialogs, `dialogs after ${where}`).toEqual([]);
  }
}
