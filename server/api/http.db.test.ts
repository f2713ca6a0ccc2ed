import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import { redact } from "@/server/log";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { appRouter } from "./root";

let t: TestDatabase;
let admin: Actor;
beforeAll(async () => {
  t = await createSeededTestDatabase();
  admin = await actorFor(t.db, "admin");
});
afterAll(() => t.close());

type ErrorShape = { message: string; data: Record<string, unknown> };

/** The error as the browser's client reads it (the body is superjson-encoded). */
async function errorBody(response: Response): Promise<{ error?: ErrorShape }> {
  const raw = (await response.json()) as { error?: Parameters<typeof superjson.deserialize>[0] };
  return { error: raw.error ? superjson.deserialize<ErrorShape>(raw.error) : undefined };
}

/** One procedure call over HTTP, as the browser's tRPC client sends it. */
async function post(path: string, input: unknown, actor: Actor | null = admin) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () => ({ db: t.db, actor, requestId: "req-123" }),
    onError: () => {},
  });
  return { status: response.status, body: await errorBody(response) };
}

describe("HTTP errors", () => {
  it("answers bad input with 400, the Chinese message and the field it belongs to, never a stack", async () => {
    const { status, body } = await post("organisation.createPerson", {
      username: "x",
      password: "short",
      displayName: "",
      departmentId: admin.departmentId,
      roles: ["publisher"],
    });
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors).toMatchObject({
      username: expect.stringContaining("用户名为"),
      password: expect.stringContaining("密码强度不足"),
      displayName: "请填写姓名",
    });
    expect(body.error?.data).not.toHaveProperty("stack");
  });

  it("answers a refused permission with 403 and an anonymous call with 401", async () => {
    expect((await post("organisation.createDepartment", {}, { ...admin, roles: ["publisher"] })).status).toBe(403);
    expect((await post("organisation.createDepartment", {}, null)).status).toBe(401);
  });

  it("hides an unexpected failure's message behind a request id", async () => {
    const broken = { ...t.db, transaction: () => Promise.reject(new Error("connection reset: secret detail")) } as unknown as TestDatabase["db"];
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/organisation.createDepartment", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize({ code: "QD-NEW", name: "新部门", shortName: "新部门", kind: "municipal" })),
      }),
      router: appRouter,
      createContext: () => ({ db: broken, actor: admin, requestId: "req-500" }),
    });
    spy.mockRestore();
    const body = await errorBody(response);
    expect(response.status).toBe(500);
    expect(body.error?.message).toBe("服务器内部错误，请稍后重试（请求编号 req-500）");
    expect(JSON.stringify(body)).not.toContain("secret detail");
  });
});

describe("logs", () => {
  it("never carry a password, token or secret", () => {
    const line = JSON.stringify(redact({ username: "admin", password: "Qingdao2023", nested: { sessionToken: "abc", authSecret: "s" } }));
    expect(line).toContain("admin");
    expect(line).not.toContain("Qingdao2023");
    expect(line).not.toContain("abc");
  });
});
