import { readdirSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** How Next calls a route handler (params are the dynamic segments; a catch-all gets an array). */
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** One exported handler of one `app/api/**\/route.ts` file. */
export interface DiscoveredRoute {
  /** `GET /api/flows/:id` — the route table's key. */
  key: string;
  method: HttpMethod;
  /** `/api/flows/:id/tests/:testId`; a catch-all `[...all]` becomes `*all`. */
  pattern: string;
  /** The file, relative to the repository (for failure messages). */
  file: string;
  handler: RouteHandler;
}

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * Every route handler the app serves: walks `app/api` for `route.ts` files, imports each module
 * and keeps its exports named after HTTP methods — what Next itself routes to, so a method that
 * is exported is a method someone can call.
 */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const routes: DiscoveredRoute[] = [];
  for (const file of routeFiles(path.join(root, "app/api"))) {
    const pattern = routePattern(file);
    const loaded: unknown = await import(file);
    if (typeof loaded !== "object" || loaded === null) continue;
    for (const [name, value] of Object.entries(loaded)) {
      if (!isHttpMethod(name) || !isHandler(value)) continue;
      routes.push({ key: `${name} ${pattern}`, method: name, pattern, file: path.relative(root, file), handler: value });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function routeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/flows/[id]/route.ts` → `/api/flows/:id`. Route groups `(x)` are not part of the URL. */
export function routePattern(file: string): string {
  const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  const url = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[\[?\.\.\.(\w+)\]?\]$/, "*$1").replace(/^\[(\w+)\]$/, ":$1"));
  return `/${url.join("/")}`;
}

function isHttpMethod(name: string): name is HttpMethod {
  return HTTP_METHODS.some((method) => method === name);
}

function isHandler(value: unknown): value is RouteHandler {
  return typeof value === "function";
}
