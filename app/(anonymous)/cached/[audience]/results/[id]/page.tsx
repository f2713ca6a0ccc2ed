import type { Metadata } from "next";
import { anonymousApi } from "@/server/api/server";
import { ResultsView, resultsMetadata } from "@/app/(public)/_views/results";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resultsMetadata(await anonymousApi(), (await params).id);
}

export default async function AnonymousResultsPage({ params }: Props) {
  return <ResultsView caller={await anonymousApi()} id={(await params).id} />;
}
