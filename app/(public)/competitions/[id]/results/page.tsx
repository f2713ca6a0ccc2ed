import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { ResultsView, resultsMetadata } from "../../../_views/results";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resultsMetadata(await api(), (await params).id);
}

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function CompetitionResultsPage({ params }: Props) {
  return <ResultsView caller={await api()} id={(await params).id} />;
}
