import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { navigate, openFirstRequestable, signedIn, unique } from "./fixtures";

test("a clerk is told in 通知中心 of another department's request, opens it and answers; the requester is told of the answer", async ({ browser }) => {
  const tag = unique();
  const rsj = await signedIn(browser, "publisher"); // 市人社局
  await navigate(rsj, "资源目录");
  const filters = rsj.getByRole("complementary", { name: "筛选" });
  await filters.getByRole("region", { name: "共享属性" }).getByRole("link", { name: /有条件共享/ }).click();
  await expect(rsj).toHaveURL(/sharingClass=conditional/);
  await filters.getByRole("link", { name: /青岛市医疗保障局/ }).click();
  await expect(rsj).toHaveURL(/departmentId=/);
  // One 市人社局 may ask for now: earlier runs' requests were refused, which leaves it open again.
  const resourceName = await openFirstRequestable(rsj);
  expect(resourceName, "a 医疗保障局 resource 市人社局 may ask for").not.toBe("");
  await rsj.getByLabel("用途说明").fill(`灵活就业人员参保补贴核验医保缴费信息（${tag}）`);
  await rsj.getByRole("button", { name: "提交申请" }).click();
  await expect(rsj.getByText(/已申请，等待提供部门答复（答复期限/)).toBeVisible();

  // 市医保局's clerk sees the count beside 「通知」 and the request at the top of 通知中心.
  const ybj = await signedIn(browser, "pub.ybj");
  await expect(ybj.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^通知\s*\d+\s*条未读$/ })).toBeVisible();
  await navigate(ybj, "通知");
  await expect(ybj.getByRole("heading", { level: 1, name: "通知中心" })).toBeVisible();
  const notice = ybj.getByRole("list", { name: "全部通知" }).getByRole("listitem").filter({ hasText: tag });
  await expect(notice).toContainText("待答复申请");
  await expect(notice).toContainText("未读");
  await notice.getByRole("link", { name: `青岛市人力资源和社会保障局申请使用「${resourceName}」` }).click();
  await expect(ybj).toHaveURL(/\/console\/requests\?box=received/);
  const request = ybj.getByRole("list", { name: "收到的申请" }).getByRole("listitem").filter({ hasText: tag });
  await request.getByRole("button", { name: "拒绝" }).click();
  await request.getByLabel("拒绝理由").fill(`请经市大数据局共享交换平台申请（${tag}）`);
  await request.getByRole("button", { name: "确认拒绝" }).click();
  await expect(request).toContainText("已拒绝");
  await navigate(ybj, "通知");
  await expect(notice).not.toContainText("未读");

  // 市人社局 is told of the answer, among the unread.
  await navigate(rsj, "通知");
  await rsj.getByRole("navigation", { name: "通知筛选" }).getByRole("link", { name: /^未读/ }).click();
  const answer = rsj.getByRole("list", { name: "未读通知" }).getByRole("listitem").filter({ hasText: tag });
  await expect(answer).toContainText("申请答复");
  await answer.getByRole("link", { name: `青岛市医疗保障局拒绝了您对「${resourceName}」的使用申请` }).click();
  await expect(rsj).toHaveURL(/\/console\/requests\?box=sent/);
  await expect(rsj.getByRole("list", { name: "发出的申请" }).getByRole("listitem").filter({ hasText: tag })).toContainText("已拒绝");
  for (const p of [rsj, ybj]) await p.context().close();
});

test("a department registers its messenger's address, and its test message arrives signed and shows in the delivery log", async ({ browser }) => {
  const secretShown: string[] = [];
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  // The department's group robot, on this machine: answers 200 and keeps what it got.
  const robot = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, "127.0.0.1", resolve));
  const port = (robot.address() as AddressInfo).port;
  const name = `消防支队值班群 ${unique()}`;

  const xfzd = await signedIn(browser, "pub.xfzd"); // 市消防救援支队
  await navigate(xfzd, "本部门");
  await xfzd.getByRole("link", { name: "消息推送" }).click();
  await expect(xfzd.getByRole("heading", { level: 1, name: "消息推送" })).toBeVisible();
  const form = xfzd.getByRole("form", { name: "登记推送地址" });
  await expect(form.getByRole("button", { name: "登记推送地址" })).toBeEnabled();
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("推送地址").fill(`ftp://127.0.0.1:${port}/robot`);
  await form.getByRole("button", { name: "登记推送地址" }).click();
  await expect(form.getByText("推送地址只能是 http:// 或 https:// 地址")).toBeVisible();
  await form.getByLabel("推送地址").fill(`http://127.0.0.1:${port}/robot/send?key=group-robot-key`);
  await form.getByRole("button", { name: "登记推送地址" }).click();
  const secret = form.getByLabel("签名密钥");
  await expect(secret).toHaveText(/^whsec_/);
  secretShown.push((await secret.innerText()).trim());

  const row = xfzd.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("/robot/send?key=…");
  await row.getByRole("button", { name: `向「${name}」发送测试消息` }).click();
  await expect(row.getByRole("status")).toHaveText("已排队发送，见推送记录");
  // The server's scheduler sends it within its tick.
  await expect.poll(() => received.length, { timeout: 40_000 }).toBeGreaterThan(0);
  const [message] = received;
  const timestamp = message!.headers["x-citybrain-timestamp"];
  const expected = `sha256=${createHmac("sha256", secretShown[0]!).update(`${timestamp}.${message!.body}`).digest("hex")}`;
  expect(message!.headers["x-citybrain-signature"]).toBe(expected);
  expect(JSON.parse(message!.body)).toMatchObject({ event: "test", msgtype: "text", department: "青岛市消防救援支队" });

  await xfzd.getByRole("row").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(xfzd.getByRole("heading", { level: 1, name: `推送记录：${name}` })).toBeVisible();
  await expect(async () => {
    await xfzd.reload();
    await expect(xfzd.getByRole("row").filter({ hasText: "测试消息" }).first()).toContainText("已送达", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  // Stopped again, so the department stays under its limit whatever the number of runs.
  await xfzd.getByRole("link", { name: "消息推送" }).click();
  await xfzd.getByRole("row").filter({ hasText: name }).getByRole("button", { name: `停用「${name}」` }).click();
  await expect(xfzd.getByRole("row").filter({ hasText: name })).toContainText("已停用");
  await xfzd.context().close();
  await new Promise((resolve) => robot.close(resolve));
});
