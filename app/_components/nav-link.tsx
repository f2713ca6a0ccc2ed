import Link from "@/app/_components/link";
import type { ReactNode } from "react";
import type { NavItem } from "./navigation";

/** A navigation link: the client router for staff pages, a plain page load for the citizen frame. */
export function NavLink({ item, className, children }: { item: NavItem; className?: string; children?: ReactNode }) {
  const content = children ?? item.label;
  return item.document ? (
    <a href={item.href} className={className}>
      {content}
    </a>
  ) : (
    <Link href={item.href} className={className}>
      {content}
    </Link>
  );
}
