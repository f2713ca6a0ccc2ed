import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { exportScores } from "@/server/competition/results";
import { notFound } from "@/server/errors";

/** Every score sheet of a competition (and its results once published) as .xlsx, for organisers. */
export const GET = handler<{ id: string }>({ auth: "required" }, async ({ actor, params: { id } }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("大赛");
  const { name, body } = await exportScores(await getDb(), actor, id);
  return attachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
});
