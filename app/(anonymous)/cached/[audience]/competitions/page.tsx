import { anonymousApi } from "@/server/api/server";
import { CompetitionsView } from "@/app/(public)/_views/competitions";

export { metadata } from "@/app/(public)/_views/competitions";
export const revalidate = 3600;

export default async function AnonymousCompetitionsPage() {
  return <CompetitionsView caller={await anonymousApi()} />;
}
