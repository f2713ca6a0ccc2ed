import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { hasRole } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { EntrantView } from "./entrant-view";
import { OrganiserView } from "./organiser-view";
import type { SearchParams } from "./types";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await (await api()).competition.get({ id }).catch(() => null);
  return { title: found?.name ?? "创新大赛" };
}

/** One competition: organisers run it from here; a department's publishers enter it and follow their entries. */
export default async function CompetitionPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const competition = await (await api()).competition.get({ id }).catch(rethrowAsPage);
  if (competition.permissions.manage) return <OrganiserView competition={competition} searchParams={sp} />;
  if (hasRole(actor, "publisher")) return <EntrantView competition={competition} searchParams={sp} />;
  forbidden();
}
