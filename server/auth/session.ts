import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { auth } from "./config";
import type { Actor } from "./permissions";
import { loadActor } from "./sign-in";

/** The signed-in person for this request, re-read from the database (roles and status are always current). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return loadActor(await getDb(), session.user.id, session.authVersion);
});

/** For console pages: the actor, or a redirect to sign in that comes back to this page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const back = (await headers()).get("x-pathname") ?? "/console";
    redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  return actor;
}

/** For console pages: the actor when `rule` allows them, the 403 page otherwise. */
export async function requirePermission(rule: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await requireActor();
  if (!rule(actor)) forbidden();
  return actor;
}
