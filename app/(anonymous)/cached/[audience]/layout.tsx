import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/app/_components/app-shell";
import { ANONYMOUS_AUDIENCE } from "@/server/http/cached-pages";

// Rendered on first visit into the shared page cache, never at build time (server/http/cached-pages.ts).
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ audience: string }> };

/** The public frame as an anonymous visitor sees it: no session, no cookies read, so it can be cached. */
export default async function AnonymousLayout({ children, params }: Props) {
  if ((await params).audience !== ANONYMOUS_AUDIENCE) notFound();
  return <AppShell actor={null}>{children}</AppShell>;
}
