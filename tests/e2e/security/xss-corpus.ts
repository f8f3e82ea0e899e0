/**
 * Strings that run script if a page ever turns text into markup, a link or a template. Each
 * one, if it executes, sets `window.__xss` (or opens a dialog); none of them should: Baton shows
 * whatever users, agents and designers type as plain text.
 */
export const XSS_PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1>",
  '"><iframe srcdoc="<script>parent.__xss=1</script>">',
  "<a href=\"javascript:window.__xss=1\">click me</a>",
  "javascript:window.__xss=1",
  "[x](javascript:alert(1))",
  "{{constructor.constructor('window.__xss=1')()}}",
  "${alert(1)}",
  "<details open ontoggle=window.__xss=1>",
  "'';!--\"<XSS>=&{()}",
  "<body onload=alert(1)>",
] as const;

/**
 * The payloads a flow's message text can show literally: `{{…}}` is the variable syntax, so in a
 * bot message it is (rightly) interpolated rather than shown; it still must not execute.
 */
export const LITERAL_IN_BOT_TEXT = XSS_PAYLOADS.filter((payload) => !payload.includes("{{"));
