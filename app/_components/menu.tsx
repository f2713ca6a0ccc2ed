"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A menu that opens from a button (「更多」, 「菜单」): a <details>, so it opens without JavaScript
 * too. With JavaScript it closes after a link in it is followed, on Escape and on a click outside.
 */
export function Menu({ label, className, panelClassName, children }: { label: ReactNode; className?: string; panelClassName?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("click", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  return (
    <details ref={ref} className={`group relative ${className ?? ""}`}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 px-3 whitespace-nowrap hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        {label}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className={panelClassName}>{children}</div>
    </details>
  );
}
