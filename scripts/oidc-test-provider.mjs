// A real OpenID Connect provider (oidc-provider) standing in for the city's unified identity
// platform in tests and journeys, on 127.0.0.1 only. Any account name `<dept>.<anything>` signs in
// with the demo password and carries the department code `QD-<DEPT>` (so `jtj.a1` is of 市交通运输局
// and `nope.a1` of a department the app does not know); each name is its own subject.
import { createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";

export const TEST_PASSWORD = "Qingdao2023";
const NAME = /^[a-z][a-z0-9]{1,15}\.[a-z0-9.-]{1,40}$/;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>青岛市统一身份认证平台</h1>${body}</main></body></html>`;
}

function loginPage(uid, error = "") {
  return page(
    "统一身份认证 · 登录",
    `${error ? `<p role="alert">${escape(error)}</p>` : ""}<form method="post" action="/interaction/${escape(uid)}/login">
<p><label for="login">账号</label> <input id="login" name="login" autocomplete="username" required></p>
<p><label for="password">密码</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
<button type="submit">登录统一身份认证平台</button></form>`,
  );
}

async function readForm(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/**
 * Starts the provider. `clients`: [{ clientId, clientSecret, redirectUris, postLogoutRedirectUris }].
 * Returns its issuer, the private signing key (for tests that forge tokens with it), a way to
 * disable an account at the platform, and close().
 */
export async function startTestProvider({ port = 0, clients }) {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const disabled = new Set();
  const server = createServer();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: ["test-provider-cookie-key"] },
    claims: { openid: ["sub"], profile: ["name"], department: ["department_code"], roles: ["roles"] },
    scopes: ["openid", "offline_access", "profile", "department", "roles"],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Signing out was asked for by the app with the ID token: confirmed without a second click.
        logoutSource: async (ctx, form) => {
          ctx.body = page("统一身份认证 · 退出", `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">退出统一身份认证平台</button><script>document.forms[0].requestSubmit(document.querySelector("button[name=logout]"))</script>`);
        },
      },
    },
    // A refresh token for every sign-in, as most platforms give one: the app re-checks the account with it.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    // A first-party app: no consent screen, the grant covers what was asked.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(" "));
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      if (!NAME.test(sub) || disabled.has(sub)) return undefined;
      const [dept, rest] = sub.split(/\.(.*)/s);
      return {
        accountId: sub,
        claims: async () => ({ sub, name: `测试人员${rest}`, department_code: `QD-${dept.toUpperCase()}`, roles: ["publisher", "sysadmin"] }),
      };
    },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, IdToken: 600, RefreshToken: 8 * 3600, Session: 8 * 3600, Grant: 8 * 3600, Interaction: 600, AuthorizationCode: 60 },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = page("统一身份认证 · 出错", `<p role="alert">${escape(out.error)}：${escape(out.error_description ?? "")}</p>`);
    },
  });

  // What the provider refused and why, for whoever reads a failed run's output.
  provider.on("grant.error", (ctx, error) => console.error(`test provider: ${error.error}: ${error.error_detail ?? error.error_description} (redirect_uri ${ctx.oidc?.params?.redirect_uri})`));

  server.on("request", async (req, res) => {
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return provider.callback()(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      res.setHeader("content-type", "text/html; charset=utf-8");
      if (req.method === "GET") return res.end(loginPage(details.uid));
      const form = await readForm(req);
      const login = (form.get("login") ?? "").trim().toLowerCase();
      if (!NAME.test(login) || disabled.has(login) || form.get("password") !== TEST_PASSWORD) return res.end(loginPage(details.uid, "账号或密码错误，或账号已停用。"));
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    } catch (error) {
      res.statusCode = 400;
      res.end(page("统一身份认证 · 出错", `<p role="alert">${escape(error.message)}</p>`));
    }
  });

  return {
    issuer,
    signingKey,
    /** The account is disabled at the platform: no new sign-in, no refreshed tokens. */
    disable: (sub) => disabled.add(sub),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
