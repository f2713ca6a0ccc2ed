import type { ReactNode } from "react";
import type { Actor } from "@/server/auth/permissions";
import { ClientNavigation } from "./client-navigation";
import { SiteHeader } from "./site-header";

/** The staff-facing frame: header with navigation by role, main column, footer. */
export function AppShell({ actor, children }: { actor: Actor | null; children: ReactNode }) {
  return (
    <>
      {/* Printed pages (a 月度通报) carry no navigation. */}
      <div className="contents print:hidden">
        <SiteHeader actor={actor} />
      </div>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8 print:max-w-none print:p-0">
        {children}
      </main>
      <ClientNavigation />
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600 print:hidden">
        <p>青岛市城市云脑 · 场景开放平台 · 依据《数字青岛2023年行动方案》建设</p>
      </footer>
    </>
  );
}
