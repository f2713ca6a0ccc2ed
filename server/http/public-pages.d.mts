// Types of public-pages.mjs, which next.config.js loads as plain JavaScript.
type Condition = { type: "cookie" | "query" | "header"; key: string; value?: string };

export const VIEW_COOKIE: string;
export const SESSION_COOKIES: string[];
export function hasSessionCookie(cookie: string | string[] | undefined): boolean;
export const SECURITY_HEADERS: { key: string; value: string }[];
export const STRICT_TRANSPORT_SECURITY: string;
export function isAnonymousPage(pathname: string): boolean;
export const CATALOGUE_QUERY_KEYS: Record<"/resources" | "/scenarios", string[]>;

export function publicPageRewrites(): { source: string; destination: string; has?: Condition[]; missing?: Condition[] }[];

export function publicPageRedirects(): { source: string; destination: string; permanent: boolean; has?: Condition[]; missing?: Condition[] }[];

export function contentSecurityPolicy(options?: { nonce?: string | null; https?: boolean; dev?: boolean; unifiedIdentityIssuer?: string }): string;

export function publicPageHeaders(options?: { dev?: boolean }): {
  source: string;
  missing?: Condition[];
  headers: { key: string; value: string }[];
}[];
