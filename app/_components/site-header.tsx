import Link from "next/link";
import { api } from "@/server/api/server";
import { getActor } from "@/server/auth/session";
import { ROLE_LABELS } from "@/server/auth/permissions";
import { signOutAction } from "@/app/_components/auth-actions";
import { navigationFor } from "./navigation";

export async function SiteHeader() {
  const actor = await getActor();
  const items = navigationFor(actor);
  const caller = actor ? await api() : null;
  const [unread, feedback] = caller ? await Promise.all([caller.access.unread(), caller.noProof.unreadFeedback()]) : [null, 0];
  const badges: Record<string, number> = { "/console/requests": (unread?.received ?? 0) + (unread?.sent ?? 0), "/console/no-proof": feedback };
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
        跳到主要内容
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide whitespace-nowrap">
          城市云脑 · 场景开放平台
        </Link>
        <div className="flex items-center gap-3 text-sm">
          {actor ? (
            <>
              <span className="hidden sm:inline" title={actor.departmentName}>
                {actor.displayName}（{actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色"}）
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-white/50 px-3 py-1.5 hover:bg-white/10">
                  退出登录
                </button>
              </form>
            </>
          ) : (
            <Link href="/login" className="rounded border border-white/50 px-3 py-1.5 hover:bg-white/10">
              登录
            </Link>
          )}
        </div>
      </div>
      <nav aria-label="主导航" className="bg-brand-800/60">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="relative block px-3 py-2 whitespace-nowrap hover:bg-white/10">
                {item.label}
                {(badges[item.href] ?? 0) > 0 && (
                  <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs">
                    {badges[item.href]}
                    <span className="sr-only"> 条未读</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
