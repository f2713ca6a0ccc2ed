import Link from "@/app/_components/link";
import { pendingAccountSetup, ROLE_LABELS, type Actor } from "@/server/auth/permissions";
import { navigationCounts } from "@/server/todos/todos";
import { signOutAction } from "@/app/_components/auth-actions";
import { Menu } from "./menu";
import { NavLink } from "./nav-link";
import { navigationFor, type NavItem } from "./navigation";
import { myWork } from "./todos";

const barLink = "flex min-h-11 items-center px-3 whitespace-nowrap hover:bg-white/10";
const panelLink = "flex min-h-11 items-center px-4 hover:bg-brand-50";

type Badges = Record<string, { n: number; what: string }>;

function Count({ badge }: { badge?: { n: number; what: string } }) {
  if (!badge || badge.n <= 0) return null;
  return (
    <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">
      {badge.n}
      <span className="sr-only">{` ${badge.what}`}</span>
    </span>
  );
}

function Items({ items, badges, className }: { items: NavItem[]; badges: Badges; className: string }) {
  return items.map((item) => (
    <li key={item.href}>
      <NavLink item={item} className={className}>
        {item.label}
        <Count badge={badges[item.href]} />
      </NavLink>
    </li>
  ));
}

/** Who is signed in, which is also the way to 我的账号 (password, 动态口令, sessions). */
function WhoIsSignedIn({ actor }: { actor: Actor }) {
  const roles = actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色";
  return (
    <Link
      href="/console/account"
      className="min-h-11 min-w-0 content-center truncate rounded text-sm underline-offset-2 hover:underline"
      title={`${actor.displayName}（${roles}），${actor.departmentName}：我的账号`}
    >
      {actor.displayName}
      <span className="hidden sm:inline">{`（${roles}）`}</span>
      <span className="sr-only sm:hidden">{`（${roles}）`}</span>
      <span className="sr-only">：我的账号</span>
    </Link>
  );
}

/** 通知中心, with how many are unread (on a phone it is the first entry of 「菜单」, whose button carries the count). */
const NOTIFICATIONS: NavItem = { href: "/console/notifications", label: "通知" };

function SignOut() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 rounded border border-white/50 px-3 text-sm whitespace-nowrap hover:bg-white/10">
        退出登录
      </button>
    </form>
  );
}

/**
 * The staff frame's header. Public pages sit in the top bar, apart from the work pages of the
 * console bar below it, whose less frequent pages are under 「更多」. On a phone everything is in one
 * 「菜单」, and who is signed in stays in view.
 */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const nav = navigationFor(actor);
  // Someone who must first set up their account (password, 动态口令) can do nothing else yet.
  // The counts are 工作台's 待办 added up per page, from the same query.
  const ready = actor && !pendingAccountSetup(actor);
  const work = ready ? await myWork() : null;
  const counts = work ? navigationCounts(work.todos) : {};
  const unread = work?.unreadNotifications ?? 0;
  const badges: Badges = {
    ...Object.fromEntries(Object.entries(counts).map(([href, n]) => [href, { n, what: "项待办" }])),
    [NOTIFICATIONS.href]: { n: unread, what: "条未读" },
  };
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
        跳到主要内容
      </a>
      <nav aria-label="主导航">
        <div className="mx-auto flex max-w-6xl items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/" className="mr-2 flex min-h-11 items-center text-lg font-semibold tracking-wide whitespace-nowrap">
            城市云脑<span className="hidden sm:inline">&nbsp;· 场景开放平台</span>
          </Link>
          <ul className="hidden flex-1 text-sm md:flex" aria-label="公共服务">
            <Items items={nav.public} badges={badges} className={barLink} />
          </ul>
          <div className="ml-auto flex min-w-0 items-center gap-2">
            {actor ? (
              <>
                {ready && (
                  <ul className="hidden md:block">
                    <Items items={[NOTIFICATIONS]} badges={badges} className="flex min-h-11 items-center rounded px-2 text-sm whitespace-nowrap hover:bg-white/10" />
                  </ul>
                )}
                <WhoIsSignedIn actor={actor} />
                <SignOut />
              </>
            ) : (
              <Link href="/login" className="flex min-h-11 items-center rounded border border-white/50 px-3 text-sm hover:bg-white/10">
                登录
              </Link>
            )}
            <Menu
              label={
                <>
                  菜单
                  <Count badge={{ n: unread, what: "条未读通知" }} />
                </>
              }
              className="md:hidden"
              panelClassName="absolute right-0 z-20 mt-1 max-h-[80vh] w-64 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-slate-900 shadow-lg"
            >
              <ul aria-label="公共服务" className="border-b border-slate-200 pb-1">
                <Items items={nav.public} badges={badges} className={panelLink} />
              </ul>
              {actor && (
                <>
                  <ul aria-label="工作台" className="py-1">
                    <Items items={[...(ready ? [NOTIFICATIONS] : []), ...nav.work, ...nav.more]} badges={badges} className={panelLink} />
                  </ul>
                  <p className="border-t border-slate-200 px-4 py-2 text-sm text-slate-700">{actor.departmentName}</p>
                </>
              )}
            </Menu>
          </div>
        </div>
        {actor && (
          <div className="hidden bg-brand-800/60 md:block">
            <ul className="mx-auto flex max-w-6xl flex-wrap px-2 text-sm" aria-label="工作台">
              <Items items={nav.work} badges={badges} className={barLink} />
              {nav.more.length > 0 && (
                <li>
                  <Menu label="更多" panelClassName="absolute right-0 z-20 mt-1 w-44 rounded-md border border-slate-200 bg-white py-1 text-slate-900 shadow-lg">
                    <ul>
                      <Items items={nav.more} badges={badges} className={panelLink} />
                    </ul>
                  </Menu>
                </li>
              )}
            </ul>
          </div>
        )}
      </nav>
    </header>
  );
}
