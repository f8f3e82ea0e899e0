/**
 * Security headers for every response. The CSP allows inline scripts because Next's App Router
 * inlines its hydration data without nonces (a nonce-based CSP would force every page dynamic);
 * `unsafe-eval` only in development, where React uses eval for better stack traces. React Flow
 * positions nodes with inline styles, hence style-src 'unsafe-inline'. BATON_FRAME_ANCESTORS
 * (space-separated sources, default 'self') says which sites may embed Baton in a frame; it is
 * read when the server builds (`npm start` rebuilds when the fingerprint changes).
 */
function securityHeaders() {
  const development = process.env.NODE_ENV === "development";
  const frameAncestors = (process.env.BATON_FRAME_ANCESTORS || "'self'").trim();
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Older browsers ignore frame-ancestors; keep them same-origin only when nobody else may embed us.
  if (frameAncestors === "'self'") headers.push({ key: "X-Frame-Options", value: "SAMEORIGIN" });
  return headers;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (tests, benchmarks, several engineers) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  typescript: { ignoreBuildErrors: true }, // `npm test` typechecks once with tsc; don't do it twice
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      // The public chat API is token-based (no cookies), so any site may call it: that is what the
      // embed (public/embed.js) does from customers' pages.
      {
        source: "/api/chat/:path*",
        headers: [
          { key: "Access-Control-Allow-Origin", value: "*" },
          { key: "Access-Control-Allow-Methods", value: "GET, POST, OPTIONS" },
          { key: "Access-Control-Allow-Headers", value: "authorization, content-type, last-event-id" },
          { key: "Access-Control-Max-Age", value: "600" },
        ],
      },
      // HSTS only for requests that arrived over https (directly or via a proxy that says so):
      // sent over plain http it would be ignored at best and lock people out of http-only installs at worst.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
