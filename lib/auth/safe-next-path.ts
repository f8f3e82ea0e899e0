/**
 * The `?next=` target after signing in, if it is a path on this site; otherwise `/`. Refuses
 * absolute and protocol-relative URLs (`//evil.test`, `/\evil.test`) so sign-in cannot be used
 * to send people to another site (open redirect).
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  try {
    const url = new URL(value, "http://baton.invalid");
    if (url.origin !== "http://baton.invalid") return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}
