import type { ReactNode } from "react";
import { requireActor } from "@/server/auth/session";
import { TRPCReactProvider } from "@/app/_components/trpc";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  await requireActor();
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
