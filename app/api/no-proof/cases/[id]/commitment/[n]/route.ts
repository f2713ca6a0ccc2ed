import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { notFound } from "@/server/errors";
import { getCase } from "@/server/no-proof/queries";

/** The 承诺书 of one 告知承诺 proof of a published use case, as a text file to print and sign. */
export const GET = handler<{ id: string; n: string }>({ auth: "none" }, async ({ params: { id, n } }) => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("承诺书");
  const { content } = await getCase(await getDb(), null, id);
  const proof = content.proofs[Number(n)];
  if (!proof?.commitmentTemplate) throw notFound("承诺书");
  const text = `${proof.commitmentTemplate}\r\n`.replace(/\r?\n/g, "\r\n");
  return attachment(`${content.name}-${proof.name}-承诺书.txt`, "text/plain; charset=utf-8", Buffer.from(`\uFEFF${text}`, "utf8"));
});
