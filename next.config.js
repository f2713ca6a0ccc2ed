import { fileURLToPath } from "node:url";
import { publicPageHeaders, publicPageRedirects, publicPageRewrites, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./server/http/public-pages.mjs";

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
      // A page rendered per request has its policy, with the nonce, from the raw-request hook, which
      // marks the request with x-nonce (server/http/page-request.ts); Next would overwrite it with this.
      { source: "/:path*", headers: SECURITY_HEADERS.filter((h) => h.key !== "Content-Security-Policy") },
      { source: "/:path*", missing: [{ type: "header", key: "x-nonce" }], headers: SECURITY_HEADERS.filter((h) => h.key === "Content-Security-Policy") },
      ...publicPageHeaders({ dev: process.env.NODE_ENV !== "production" }),
      // Over HTTPS (as the load balancer says), HSTS on every response.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default nextConfig;
