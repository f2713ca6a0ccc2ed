import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import { DomainError, forbidden, notFound } from "@/server/errors";
import { redact } from "@/server/log";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { z } from "@/server/validation";
import { createHandler, readUpload } from "./http";
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
      password: "密码至少 8 位",
      displayName: "请填写姓名",
    });
    expect(body.error?.data).not.toHaveProperty("stack");
  });

  it("answers a refused permission with 403 and an anonymous call with 401", async () => {
    const department = { code: "QD-NEW", name: "新部门", shortName: "新部门", kind: "municipal" };
    expect((await post("organisation.createDepartment", department, { ...admin, roles: ["publisher"] })).status).toBe(403);
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

describe("route handlers", () => {
  const request = (init: RequestInit = {}) =>
    new Request("http://localhost/api/x", { ...init, headers: { "x-request-id": "req-route", ...init.headers } });
  const noParams = { params: Promise.resolve({}) };
  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

  it("refuses an anonymous caller with 401 where sign-in is required, and never looks anyone up on a public route", async () => {
    const refused = vi.fn(() => new Response("ok"));
    expect(await json(await createHandler(async () => null)({ auth: "required" }, refused)(request(), noParams))).toEqual({
      status: 401,
      body: { message: "请先登录", field: null },
    });
    expect(refused).not.toHaveBeenCalled();

    const seen = vi.fn((args: { actor: Actor | null; params: unknown; requestId?: string }) => Response.json(args));
    await createHandler(async () => admin)<{ id: string }>({ auth: "required" }, seen)(request(), { params: Promise.resolve({ id: "a1" }) });
    expect(seen.mock.calls[0]![0]).toMatchObject({ actor: { ...admin, requestId: "req-route" }, params: { id: "a1" }, requestId: "req-route" });
    await createHandler(async () => null)({ auth: "optional" }, seen)(request(), noParams);
    expect(seen.mock.calls[1]![0]).toMatchObject({ actor: null, params: {} });

    const lookUp = vi.fn(async () => admin);
    // Next leaves params undefined on a route without dynamic segments.
    await createHandler(lookUp)({ auth: "none" }, seen)(request(), { params: undefined as unknown as Promise<Record<string, never>> });
    expect(lookUp).not.toHaveBeenCalled();
    expect(seen.mock.calls[2]![0]).toMatchObject({ actor: null, params: {} });
  });

  it("answers input that fails its schema with 400 and a Chinese message naming the parameter, not 500", async () => {
    const search = z.object({ q: z.string().max(100) });
    const get = createHandler(async () => admin)({ auth: "required" }, ({ request }) =>
      Response.json(search.parse(Object.fromEntries(new URL(request.url).searchParams))),
    );
    const { status, body } = await json(await get(new Request(`http://localhost/api/x?q=${"长".repeat(101)}`), noParams));
    expect(status).toBe(400);
    expect(body.field).toBe("q");
    expect(body.message).toMatch(/^请求参数“q”有误：.*100/);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers a DomainError with its status and message", async () => {
    const failing = (error: DomainError) => createHandler(async () => admin)({ auth: "required" }, () => Promise.reject(error))(request(), noParams);
    expect(await json(await failing(notFound("大赛")))).toEqual({ status: 404, body: { message: "大赛不存在或已被删除", field: null } });
    expect((await failing(forbidden())).status).toBe(403);
    expect(await json(await failing(new DomainError("CONFLICT", "编码已被使用", "code")))).toEqual({
      status: 409,
      body: { message: "编码已被使用", field: "code" },
    });
  });

  it("hides an unexpected failure's message and stack behind the request id", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await createHandler(async () => admin)({ auth: "required" }, () => {
      throw new Error("connection reset: secret detail");
    })(request(), noParams);
    spy.mockRestore();
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(JSON.parse(text)).toEqual({ message: "服务器内部错误，请稍后重试（请求编号 req-route）" });
    expect(text).not.toContain("secret detail");
    expect(text).not.toContain("at ");
  });

  it("reads an upload's file and fields, and refuses a missing, empty or oversized file", async () => {
    const upload = (form: FormData | string, headers: Record<string, string> = {}) => request({ method: "POST", body: form, headers });
    const form = (file?: File) => {
      const f = new FormData();
      if (file) f.set("file", file);
      f.set("commit", "1");
      return f;
    };
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
    const missing = "请选择要导入的 .xlsx 或 .csv 文件";

    const read = await readUpload(upload(form(new File(["名称\r\n甲\r\n"], "清单.csv"))), { missing });
    expect(read.fileName).toBe("清单.csv");
    expect(new TextDecoder().decode(read.bytes)).toBe("名称\r\n甲\r\n");
    expect(read.form.get("commit")).toBe("1");

    for (const body of [form(), form(new File([], "空.csv")), "file=清单.csv"])
      expect(await refusal(readUpload(upload(body), { missing }))).toMatchObject({ code: "BAD_REQUEST", message: missing, field: "file" });
    expect(await refusal(readUpload(upload(form())))).toMatchObject({ message: "请选择要上传的文件" });

    const big = new File([new Uint8Array(2 * 1024 * 1024)], "大.csv");
    expect(await refusal(readUpload(upload(form(big)), { maxBytes: 1024 * 1024 }))).toMatchObject({ code: "BAD_REQUEST", message: "文件超过 1 MB" });
    const declared = upload(form(new File(["x"], "a.csv")), { "content-length": String(11 * 1024 * 1024) });
    expect(await refusal(readUpload(declared, { maxBytes: 10 * 1024 * 1024, tooLarge: "文件超过 10 MB，请拆分后分批导入" }))).toMatchObject({
      message: "文件超过 10 MB，请拆分后分批导入",
    });
  });
});

describe("uploads sent in chunks", () => {
  it("are refused with the size message as soon as the limit is passed, the rest left unread", async () => {
    const MB = 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    // 8 MB in 64 kB chunks with no Content-Length, as Transfer-Encoding: chunked arrives.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8 * MB) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=----x" },
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const error = await readUpload(request, { maxBytes: MB }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "文件超过 1 MB", field: "file" });
    expect(sent).toBeLessThan(2 * MB);
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
