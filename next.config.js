import { fileURLToPath } from "node:url";
import { publicPageHeaders, publicPageRedirects, publicPageRewrites } from "./server/http/public-pages.mjs";

/**
 * Headers every response carries, static files included. Pages get their full CSP, with its nonce,
 * from proxy.ts; this one is for what the proxy does not answer itself (its redirects and refusals,
 * robots.txt, uploads), and as it restricts nothing the pages' policy allows, a page that carries
 * both is governed by the page's.
 */
const securityHeaders = [
  { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Cached pages go through one handler: shared through Redis when REDIS_URL is set (see the file).
  cacheHandler: fileURLToPath(new URL("./server/cache/page-cache-handler.mjs", import.meta.url)),
  // The handler keeps its own memory; a second in-process copy would not see other instances' changes.
  cacheMaxMemorySize: 0,
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  // resvg is a native addon (SVG to PNG for Word): loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "exceljs", "@resvg/resvg-js"],
  poweredByHeader: false,
  // Next hashes the whole HTML of every answer for its ETag, in JavaScript: on a cached page that was
  // a sixth of the CPU (docs/perf-profile.md). Browsers revalidate by Cache-Control instead.
  generateEtags: false,
  // `npm test` runs tsc before it builds for the journeys; checking every file twice is wasted time.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    // forbidden() + app/forbidden.tsx give console pages a real 403 status.
    authInterrupts: true,
    // The build cache speeds up the next build on the same checkout; CI builds a fresh clone once,
    // where writing it only costs time (.ci/run sets NEXT_BUILD_CACHE=off).
    turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_CACHE !== "off",
  },
  // The citizen pages and the anonymous catalogue pages are routed here, without proxy.ts (see the file).
  async redirects() {
    return publicPageRedirects();
  },
  async rewrites() {
    return { beforeFiles: publicPageRewrites() };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...publicPageHeaders({ dev: process.env.NODE_ENV !== "production" }),
      // Over HTTPS (as the load balancer says), HSTS on every response, not only those proxy.ts answers.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
