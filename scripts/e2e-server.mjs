// The server Playwright tests against: `next build && next start` on a fresh PGlite data folder,
// seeded with the demo data at start-up. E2E_SKIP_BUILD=1 reuses an existing build.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { startTestProvider } from "./oidc-test-provider.mjs";

const port = process.env.E2E_PORT ?? "3210";
const dataDir = ".data/e2e";
rmSync(dataDir, { recursive: true, force: true });

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The messenger journey's receiver listens on this machine, an address a deployment refuses.
const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production", WEBHOOK_ALLOW_LOOPBACK: "true" };
// 统一身份认证: a real OpenID Connect provider beside the app, for e2e/person-signs-in-with-the-unified-identity.spec.ts.
// The login form still comes first; the platform's button sits below it.
const origin = `http://127.0.0.1:${port}`;
const oidc = await startTestProvider({
  port: Number(process.env.E2E_OIDC_PORT ?? 3219),
  clients: [{ clientId: "citybrain-e2e", clientSecret: "e2e-client-secret", redirectUris: [`${origin}/api/auth/callback/oidc`], postLogoutRedirectUris: [`${origin}/`] }],
});
Object.assign(env, {
  OIDC_ISSUER: oidc.issuer,
  OIDC_CLIENT_ID: "citybrain-e2e",
  OIDC_CLIENT_SECRET: "e2e-client-secret",
  OIDC_SCOPES: "openid profile department offline_access",
  OIDC_DISPLAY_NAME: "青岛市统一身份认证平台",
});
// The journeys run on the embedded defaults: PGlite, the in-process page cache, uploads in DATA_DIR.
// (e2e/any-instance-behind-nginx-shows-the-same-truth.spec.ts starts its own instances on PostgreSQL and Redis.)
for (const name of ["DATABASE_URL", "REDIS_URL", "FILE_STORAGE"]) delete env[name];
// No --hostname: with one set, Next forwards proxy.ts rewrites (the citizen pages) to "localhost",
// which is not the address it listens on.
const server = spawn("npx", ["next", "start", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
