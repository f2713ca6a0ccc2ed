import { anonymousApi } from "@/server/api/server";
import { HomeView } from "@/app/(public)/_views/home";

export { metadata } from "@/app/(public)/_views/home";
export const revalidate = 3600;

export default async function AnonymousHomePage() {
  return <HomeView caller={await anonymousApi()} />;
}
