import { api } from "@/server/api/server";
import { HomeView } from "./_views/home";

export { metadata } from "./_views/home";

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function HomePage() {
  return <HomeView caller={await api()} />;
}
