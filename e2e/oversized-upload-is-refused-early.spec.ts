import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { signedIn } from "./fixtures";

const MB = 1024 * 1024;

test("an upload sent in chunks is refused with the size message as soon as it passes the limit, not read to its end", async ({ browser }) => {
  const publisher = await signedIn(browser, "publisher");
  const cookie = (await publisher.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await publisher.context().close();
  const base = new URL(test.info().project.use.baseURL!);

  // Up to 200 MB in 256 kB chunks, without a Content-Length; sending stops once the answer is in.
  let sent = 0;
  let answered = false;
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const upload = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path: "/api/resources/import",
        method: "POST",
        headers: { cookie, "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
      },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (d) => (body += d));
        response.on("end", () => resolve({ status: response.statusCode!, body }));
      },
    );
    upload.on("error", (error) => !answered && reject(error));
    const chunk = Buffer.alloc(256 * 1024, "a");
    const pump = () => {
      while (!answered && sent < 200 * MB) {
        sent += chunk.length;
        if (!upload.write(chunk)) return void upload.once("drain", pump);
      }
      upload.end();
    };
    pump();
  });

  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body).message).toBe("文件超过 10 MB，请拆分后分批导入");
  // The limit is 10 MB; what was sent beyond it sat in socket buffers when the answer came.
  expect(sent).toBeLessThan(40 * MB);
});
