/** An unfinished `{{name` before the caret: where it starts and what was typed after the braces. */
export interface OpenPlaceholder {
  /** Index of the first `{`. */
  start: number;
  /** Characters typed after `{{` (a partial variable name, possibly empty). */
  query: string;
}

const partialName = /^[A-Za-z0-9_.]*$/;

/**
 * Finds the `{{` the caret is typing a variable name after, or null when the caret is not inside
 * an unfinished placeholder (no `{{`, already closed, or something that is not a name typed since).
 */
export function openPlaceholder(text: string, caret: number): OpenPlaceholder | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("{{");
  if (start < 0) return null;
  const query = before.slice(start + 2);
  if (!partialName.test(query)) return null;
  return { start, query };
}

/**
 * Replaces the open placeholder with `{{name}}` and returns the new text and where the caret goes
 * (just after the closing braces). Closing braces and name characters already right after the
 * caret are swallowed, so completing inside `{{ord}}` gives `{{order_number}}`, not `{{order_number}}}}`.
 */
export function insertVariable(text: string, caret: number, open: OpenPlaceholder, name: string): { text: string; caret: number } {
  const after = text.slice(caret);
  const rest = after.replace(/^[A-Za-z0-9_.]*\}\}/, "");
  const inserted = `{{${name}}}`;
  return { text: text.slice(0, open.start) + inserted + rest, caret: open.start + inserted.length };
}
