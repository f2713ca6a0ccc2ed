import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { Db } from "@/db/client";
import { people, recoveryCodes } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { DomainError, notFound } from "@/server/errors";
import { z } from "@/server/validation";
import { verifyPassword } from "./password";
import { endSessionsOf } from "./sessions";
import { authorize, can, holdsAdministrativeRole, type Actor } from "./permissions";
import type { Role } from "@/db/schema";

/**
 * 动态口令 (RFC 6238 time-based one-time codes, the 等保三级 cryptographic second factor) through
 * the otpauth library: six digits every 30 seconds from any authenticator app (微信/支付宝小程序,
 * Google Authenticator, 华为/小米 验证器…). Each code is accepted once; ten recovery codes cover a
 * lost phone. Required for administrative roles, optional for everyone else.
 */
const ISSUER = "青岛城市云脑";
const PERIOD = 30;
const RECOVERY_CODES = 10;

export function twoFactorRequired(roles: Role[]): boolean {
  return holdsAdministrativeRole(roles);
}

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "citybrain", "totp-secret", 32));
}

/** AES-256-GCM, so a copy of the database alone does not give anyone the codes. */
export function sealSecret(authSecret: string, base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString("base64url")).join(".");
}

export function openSecret(authSecret: string, sealed: string): string {
  const [iv, tag, data] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(authSecret), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
}

const totpFor = (base32: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });

/** The time step a code belongs to (one step either side of now, for clocks a little off), or null. */
function acceptedStep(base32: string, code: string, now: Date): number | null {
  const delta = totpFor(base32, "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

const recoveryHash = (authSecret: string, code: string) =>
  createHmac("sha256", authSecret).update(`recovery:${code.replace(/[\s-]/g, "").toUpperCase()}`).digest("base64url");

function newRecoveryCodes(): string[] {
  // 10 characters from an alphabet without 0/O and 1/I, shown as XXXXX-XXXXX.
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  return Array.from({ length: RECOVERY_CODES }, () => {
    const chars = [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const codeInput = z.object({ code: z.string().trim().regex(/^\d{6}$/, "请输入 6 位动态口令") });

/** Step one of enrolment: a new secret, kept aside until a code from the app confirms it, and its QR code. */
export async function beginEnrolment(db: Db, actor: Actor, authSecret: string) {
  const base32 = new Secret({ size: 20 }).base32;
  await db.update(people).set({ totpPendingSecret: sealSecret(authSecret, base32) }).where(eq(people.id, actor.id));
  const uri = totpFor(base32, actor.username).toString();
  return { secret: base32.replace(/(.{4})/g, "$1 ").trim(), qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/** Step two: the code from the app proves it holds the secret; returns the recovery codes, shown this once. */
export async function confirmEnrolment(db: Db, actor: Actor, authSecret: string, input: z.output<typeof codeInput>, now = new Date()) {
  const [person] = await db.select({ pending: people.totpPendingSecret }).from(people).where(eq(people.id, actor.id));
  if (!person?.pending) throw new DomainError("BAD_REQUEST", "请先生成二维码，再用手机扫描", "code");
  const base32 = openSecret(authSecret, person.pending);
  const step = acceptedStep(base32, input.code, now);
  if (step === null) throw new DomainError("BAD_REQUEST", "动态口令不正确，请核对手机上显示的 6 位数字（注意手机时间须准确）", "code");
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ totpSecret: person.pending, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step })
      .where(eq(people.id, actor.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.personId, actor.id));
    await tx.insert(recoveryCodes).values(codes.map((code) => ({ personId: actor.id, codeHash: recoveryHash(authSecret, code) })));
    await recordAudit(tx, actor, { action: "auth.enable_two_factor", entityType: "person", entityId: actor.id, summary: `「${actor.displayName}」启用动态口令` });
  });
  return { recoveryCodes: codes };
}

export const disableInput = z.object({ password: z.string().min(1, "请填写当前密码").max(128) });

/** Turning it off asks for the password again, and is refused where the role requires it. */
export async function disableTwoFactor(db: Db, actor: Actor, input: z.output<typeof disableInput>) {
  if (twoFactorRequired(actor.roles)) throw new DomainError("FORBIDDEN", "您的角色必须使用动态口令，不能关闭");
  const [person] = await db.select({ passwordHash: people.passwordHash }).from(people).where(eq(people.id, actor.id));
  if (!person || !(await verifyPassword(input.password, person.passwordHash))) throw new DomainError("BAD_REQUEST", "当前密码不正确", "password");
  await clearTwoFactor(db, actor.id, actor, `「${actor.displayName}」关闭动态口令`);
}

/** A person lost their phone and their recovery codes: an administrator clears it, they enrol again. */
export async function resetTwoFactor(db: Db, actor: Actor, input: { personId: string }) {
  authorize(can.manageSessions(actor), "只有安全管理员可以重置他人的动态口令");
  const [person] = await db.select({ displayName: people.displayName }).from(people).where(eq(people.id, input.personId));
  if (!person) throw notFound("人员");
  await clearTwoFactor(db, input.personId, actor, `重置「${person.displayName}」的动态口令，须重新绑定；其登录会话随之结束`);
  // Whoever holds the lost phone may be signed in already.
  await endSessionsOf(db, input.personId, "admin", { by: actor.id });
}

async function clearTwoFactor(db: Db, personId: string, actor: Actor, summary: string) {
  await db.transaction(async (tx) => {
    await tx.update(people).set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(people.id, personId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.personId, personId));
    await recordAudit(tx, actor, { action: "auth.disable_two_factor", entityType: "person", entityId: personId, summary });
  });
}

/**
 * Checks the second factor at sign-in: a code from the app not used before (its step must be
 * later than the last accepted one, so a code seen over someone's shoulder cannot be replayed),
 * or an unused recovery code, which is then spent.
 */
export async function verifySecondFactor(db: Db, personId: string, authSecret: string, code: string, now = new Date()): Promise<"code" | "recovery" | null> {
  const [person] = await db.select({ sealed: people.totpSecret, lastStep: people.totpLastStep }).from(people).where(eq(people.id, personId));
  if (!person?.sealed) return null;
  const digits = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) {
    let base32: string;
    try {
      base32 = openSecret(authSecret, person.sealed);
    } catch {
      // Sealed under another AUTH_SECRET: no code can match; the person's recovery codes (same key) cannot either.
      return null;
    }
    const step = acceptedStep(base32, digits, now);
    if (step === null || (person.lastStep !== null && step <= person.lastStep)) return null;
    // Conditional, so two sign-ins racing with the same code cannot both pass.
    const taken = await db
      .update(people)
      .set({ totpLastStep: step })
      .where(and(eq(people.id, personId), person.lastStep === null ? isNull(people.totpLastStep) : eq(people.totpLastStep, person.lastStep)))
      .returning({ id: people.id });
    return taken.length ? "code" : null;
  }
  const hash = recoveryHash(authSecret, code);
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.personId, personId), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length ? "recovery" : null;
}

/** The sign-in form's proof that the password was right, for the second step: person and expiry, signed. */
const PENDING_MS = 5 * 60_000;
export function signPending(authSecret: string, personId: string, now = new Date()): string {
  // The nonce makes each first step's proof its own, so spending one leaves the others.
  const body = `${personId}.${now.getTime() + PENDING_MS}.${randomBytes(9).toString("base64url")}`;
  return `${body}.${createHmac("sha256", authSecret).update(`sign-in-pending:${body}`).digest("base64url")}`;
}

export function readPending(authSecret: string, token: string, now = new Date()): { personId: string; expiresAt: Date } | null {
  const [personId, expires, nonce, signature] = token.split(".");
  if (!personId || !expires || !nonce || !signature || Number(expires) < now.getTime()) return null;
  const expected = Buffer.from(createHmac("sha256", authSecret).update(`sign-in-pending:${personId}.${expires}.${nonce}`).digest("base64url"));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { personId, expiresAt: new Date(Number(expires)) } : null;
}

/** Someone else's, for the 安全管理员 on the person page. */
export async function twoFactorStatusOf(db: Db, actor: Actor, input: { personId: string }) {
  authorize(actor.id === input.personId || can.manageSessions(actor), "只有安全管理员可以查看他人的动态口令状态");
  return twoFactorStatus(db, input.personId);
}

/** For 我的账号. */
export async function twoFactorStatus(db: Db, personId: string) {
  const [person] = await db.select({ enabledAt: people.totpEnabledAt, roles: people.roles }).from(people).where(eq(people.id, personId));
  if (!person) throw notFound("人员");
  const unused = await db.select({ id: recoveryCodes.id }).from(recoveryCodes).where(and(eq(recoveryCodes.personId, personId), isNull(recoveryCodes.usedAt)));
  return { enabledAt: person.enabledAt, required: twoFactorRequired(person.roles), recoveryCodesLeft: unused.length };
}
