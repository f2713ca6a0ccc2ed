import type { ComponentProps } from "react";

/**
 * Every link of the app: a plain <a> that the client router follows when the frame's
 * ClientNavigation is on the page (app/_components/client-navigation.tsx), a page load otherwise
 * and before scripts run. next/link made each link a client component: about 17 µs of the
 * server's CPU per link and document on this machine, some 75 links on a resource list, and its
 * prefetching (off here: each page is rendered per request and has no loading state) is all it
 * adds to the router's push. Nothing is prefetched; a click makes the one request it needs.
 */
export default function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a {...props} href={href} data-client-nav="" />;
}
