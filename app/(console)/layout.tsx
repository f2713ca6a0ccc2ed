import type { ReactNode } from "react";
import { requireActor } from "@/server/auth/session";
import { AppShell } from "@/app/_components/app-shell";
import { TRPCReactProvider } from "@/app/_components/trpc";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <AppShell actor={actor}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </AppShell>
  );
}
