import { anonymousApi } from "@/server/api/server";
import { searchParamsOf } from "@/server/http/cached-pages";
import { ScenariosView } from "@/app/(public)/_views/scenarios";

export { metadata } from "@/app/(public)/_views/scenarios";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function AnonymousScenariosPage({ params }: { params: Promise<{ query: string }> }) {
  return <ScenariosView caller={await anonymousApi()} searchParams={searchParamsOf((await params).query)} />;
}
