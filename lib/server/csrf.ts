import { AppError } from "@/lib/errors";

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Refuses a cookie-authenticated mutation (POST/PUT/PATCH/DELETE) that did not come from a page
 * of this Baton: the `Origin` header must name the request's own host, or — when a browser sends
 * no usable Origin — `Sec-Fetch-Site` must say `same-origin`. Requests that authenticate with an
 * API key or a bearer token carry no ambient credentials, so they are exempt. Throws 403
 * `forbidden`; returns normally otherwise.
 */
export function assertSameOrigin(request: Request, options: CrossSiteOptions = {}): void {
  const problem = crossSiteProblem(request, options);
  if (problem) throw new AppError("forbidden", problem, { reason: "cross_site_request" });
}

export interface CrossSiteOptions {
  trustProxy?: boolean;
  /**
   * The caller authenticated this request by its session cookie: token headers then prove
   * nothing (anyone can add a junk `X-Api-Key` to a forged request), so no exemption.
   */
  cookieAuthenticated?: boolean;
}

/** The reason a request fails the same-origin rule, or null when it passes (or is exempt). */
export function crossSiteProblem(request: Request, options: CrossSiteOptions = {}): string | null {
  if (!MUTATING_METHODS.has(request.method.toUpperCase())) return null;
  if (!options.cookieAuthenticated && usesTokenAuth(request.headers)) return null;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (origin && origin !== "null") {
    const originHost = hostOf(origin);
    if (originHost && requestHosts(request, options.trustProxy ?? false).has(originHost)) return null;
    return `This request came from another site (${origin}), so Baton refused it to protect your session. Use Baton's own pages, or an API key for scripts.`;
  }
  if (fetchSite === "same-origin") return null;
  if (fetchSite) return `This request came from another site (Sec-Fetch-Site: ${fetchSite}), so Baton refused it to protect your session.`;
  return "This request has no Origin header, so Baton cannot tell it came from its own pages. Browsers send one; scripts should use an API key.";
}

/** API keys and bearer tokens are sent on purpose by the caller, never attached by a browser. */
export function usesTokenAuth(headers: Headers): boolean {
  if (headers.get("x-api-key")) return true;
  return /^bearer\s+\S/i.test(headers.get("authorization") ?? "");
}

function requestHosts(request: Request, trustProxy: boolean): Set<string> {
  const hosts = new Set<string>();
  const urlHost = hostOf(request.url);
  if (urlHost) hosts.add(urlHost);
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = request.headers.get("x-forwarded-host");
  const firstForwarded = forwarded?.split(",")[0]?.trim();
  if (trustProxy && firstForwarded) hosts.add(firstForwarded.toLowerCase());
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}
