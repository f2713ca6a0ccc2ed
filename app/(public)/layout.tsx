import type { ReactNode } from "react";
import { getActor } from "@/server/auth/session";
import { AppShell } from "@/app/_components/app-shell";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  return <AppShell actor={await getActor()}>{children}</AppShell>;
}
