import { z } from "zod";
import { getDb } from "@/db/client";
import { handler } from "@/server/api/route-handler";
import { openNotification } from "@/server/notifications/centre";
import { notFound } from "@/server/errors";

/** Opening a notification from 通知中心: marked read, then on to where it is handled. */
export const GET = handler<{ id: string }>({ auth: "required" }, async ({ actor, params: { id } }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("通知");
  const link = await openNotification(await getDb(), actor, id);
  // A path of the app's own: relative, so it stays on whatever address the person came through.
  return new Response(null, { status: 303, headers: { Location: link, "Cache-Control": "no-store" } });
});
