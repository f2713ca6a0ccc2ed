import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { competitionAttachments, competitionEntries } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import type { Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import type { FileStorage } from "@/server/storage";
import { assertCanSeeEntry, loadEntryForChange } from "./entries";
import { auditOf } from "./records";
import type { videoLinkInput } from "./schemas";

export const MAX_ATTACHMENTS = 10;

/** The upload limit in MB, `COMPETITION_MAX_UPLOAD_MB` (default 20). */
export function maxAttachmentMb(): number {
  const mb = Number(process.env.COMPETITION_MAX_UPLOAD_MB ?? 20);
  return Number.isFinite(mb) && mb > 0 ? mb : 20;
}

export const tooLarge = () => new DomainError("BAD_REQUEST", `文件超过 ${maxAttachmentMb()} MB`, "file");

const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
} as const;

/**
 * PDF or PPTX by what the bytes are, not by the name: a PDF header, or a ZIP whose [Content_Types].xml
 * declares a PowerPoint presentation. Anything else is null.
 */
export async function detectDocument(bytes: Uint8Array): Promise<{ kind: "pdf" | "pptx"; mimeType: string } | null> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "pdf" || type?.ext === "pptx") return { kind: type.ext, mimeType: DOCUMENT_TYPES[type.ext] };
  return null;
}

async function assertRoom(tx: Db, entryId: string) {
  const [row] = await tx.select({ n: count() }).from(competitionAttachments).where(eq(competitionAttachments.entryId, entryId));
  if ((row?.n ?? 0) >= MAX_ATTACHMENTS) throw new DomainError("BAD_REQUEST", `每件参赛作品最多 ${MAX_ATTACHMENTS} 个附件`);
}

/** An attachment as procedures and routes answer with it: where its file is stored stays on the server. */
function withoutStorageKey<T extends { storageKey: string | null }>({ storageKey: _key, ...attachment }: T): Omit<T, "storageKey"> {
  return attachment;
}

/**
 * The name a download is saved under: the uploader's name with the extension of what the bytes are,
 * so a PDF uploaded as `poly.html` is saved as `poly.pdf` and never opened as a web page.
 */
function downloadName(originalName: string, kind: "pdf" | "pptx"): string {
  return `${originalName.replace(/\.[^.]*$/, "") || "附件"}.${kind}`;
}

/** The file name as people gave it, without folders a browser may prepend, at most 100 characters. */
function cleanName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()!.trim();
  return (base || "附件").slice(-100);
}

/**
 * Stores an uploaded PDF or PPTX for an entry of the actor's department while 报名 is open. The file is
 * written before the row; if the row cannot be written the file is removed again.
 */
export async function addFileAttachment(
  db: Db,
  actor: Actor,
  storage: FileStorage,
  input: { entryId: string; fileName: string; bytes: Uint8Array },
  now = new Date(),
) {
  if (input.bytes.byteLength > maxAttachmentMb() * 1024 * 1024) throw tooLarge();
  if (input.bytes.byteLength === 0) throw new DomainError("BAD_REQUEST", "请选择要上传的文件", "file");
  const detected = await detectDocument(input.bytes);
  let storageKey: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const { entry, competition } = await loadEntryForChange(tx, actor, { id: input.entryId }, now);
      if (!detected) throw new DomainError("BAD_REQUEST", "文件内容不是 PDF 或 PPTX（按文件内容识别，与文件名无关）", "file");
      await assertRoom(tx, entry.id);
      storageKey = `competition/${entry.id}/${randomUUID()}.${detected.kind}`;
      await storage.put(storageKey, input.bytes, tx);
      const [attachment] = await tx
        .insert(competitionAttachments)
        .values({
          entryId: entry.id,
          kind: detected.kind,
          originalName: cleanName(input.fileName),
          mimeType: detected.mimeType,
          size: input.bytes.byteLength,
          storageKey,
          uploadedBy: actor.id,
          createdAt: now,
        })
        .returning();
      await recordAudit(tx, actor, auditOf("competition_entry", entry.id, "attachment.add", `为参赛作品上传附件「${attachment!.originalName}」（${competition.name}）`));
      return withoutStorageKey(attachment!);
    });
  } catch (error) {
    // Once the transaction is over, so that a storage in the database is not asked for a second connection while it holds one.
    if (storageKey) await storage.delete(storageKey);
    throw error;
  }
}

/** A video (路演视频, 演示视频) is kept as an https link, not uploaded. */
export async function addVideoLink(db: Db, actor: Actor, input: z.output<typeof videoLinkInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const { entry, competition } = await loadEntryForChange(tx, actor, { id: input.entryId }, now);
    await assertRoom(tx, entry.id);
    const [attachment] = await tx
      .insert(competitionAttachments)
      .values({ entryId: entry.id, kind: "video_link", originalName: input.title, url: input.url, uploadedBy: actor.id, createdAt: now })
      .returning();
    await recordAudit(tx, actor, auditOf("competition_entry", entry.id, "attachment.add", `为参赛作品添加视频链接「${input.title}」（${competition.name}）`));
    return withoutStorageKey(attachment!);
  });
}

/** Removes an attachment while 报名 is open; the stored file goes once the row is gone. */
export async function removeAttachment(db: Db, actor: Actor, storage: FileStorage, id: string, now = new Date()) {
  const removed = await db.transaction(async (tx) => {
    const [attachment] = await tx.select().from(competitionAttachments).where(eq(competitionAttachments.id, id));
    if (!attachment) throw notFound("附件");
    const { entry, competition } = await loadEntryForChange(tx, actor, { id: attachment.entryId }, now);
    await tx.delete(competitionAttachments).where(and(eq(competitionAttachments.id, id), eq(competitionAttachments.entryId, entry.id)));
    await recordAudit(tx, actor, auditOf("competition_entry", entry.id, "attachment.remove", `删除参赛作品附件「${attachment.originalName}」（${competition.name}）`));
    return attachment;
  });
  if (removed.storageKey) await storage.delete(removed.storageKey);
  return { id: removed.id };
}

/** An attachment for those who may see its entry: the file's bytes, or the video's link. Each download is recorded. */
export async function readAttachment(db: Db, actor: Actor, storage: FileStorage, id: string) {
  const [attachment] = await db.select().from(competitionAttachments).where(eq(competitionAttachments.id, id));
  if (!attachment) throw notFound("附件");
  const [entry] = await db.select().from(competitionEntries).where(eq(competitionEntries.id, attachment.entryId));
  await assertCanSeeEntry(db, actor, entry!);
  if (attachment.kind === "video_link") {
    await recordAudit(db, actor, auditOf("competition_entry", entry!.id, "attachment.download", `打开参赛作品视频链接「${attachment.originalName}」`));
    return { kind: "link" as const, url: attachment.url! };
  }
  const body = attachment.storageKey ? await storage.get(attachment.storageKey) : null;
  if (!body) throw notFound("附件文件");
  await recordAudit(db, actor, auditOf("competition_entry", entry!.id, "attachment.download", `下载参赛作品附件「${attachment.originalName}」`));
  return { kind: "file" as const, name: downloadName(attachment.originalName, attachment.kind), mimeType: attachment.mimeType!, body };
}
