"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** A click that the browser should handle itself: another tab or window, a download, a modifier key. */
function leftToBrowser(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (link.target !== "" && link.target !== "_self") ||
    link.hasAttribute("download") ||
    link.origin !== window.location.origin
  );
}

/**
 * Follows the app's links (app/_components/link.tsx, marked data-client-nav) with the client
 * router, as next/link would on a click: one listener for the whole page instead of a client
 * component per link. Other anchors (downloads, the citizen pages' plain links) load as pages.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-client-nav]") : null;
      if (!(link instanceof HTMLAnchorElement) || leftToBrowser(event, link)) return;
      event.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
