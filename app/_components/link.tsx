import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching, for every link of the app. Each page here is rendered per request
 * and has no loading state, so a prefetch brought only the route's tree, yet every link in view
 * asked for one or two as a page opened: 33 requests with 工作台, 18 more after one click, about
 * four times the server's work for the page itself. A click makes the one request it needs.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
