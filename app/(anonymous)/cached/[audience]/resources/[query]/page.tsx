import { anonymousApi } from "@/server/api/server";
import { searchParamsOf } from "@/server/http/cached-pages";
import { ResourcesView } from "@/app/(public)/_views/resources";

export { metadata } from "@/app/(public)/_views/resources";
// A search answer may be asked once and never again: it leaves the cache sooner than a page.
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

export default async function AnonymousResourcesPage({ params }: { params: Promise<{ query: string }> }) {
  return <ResourcesView caller={await anonymousApi()} actor={null} searchParams={searchParamsOf((await params).query)} />;
}
