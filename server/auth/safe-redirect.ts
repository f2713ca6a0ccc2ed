const SELF = "http://self.invalid";

/**
 * Where to send someone after signing in: a path of this site, or `fallback`. Browsers read
 * backslashes as slashes and drop tabs and newlines inside URLs, so `/\evil.example` or `/<TAB>/evil`
 * would leave the site: such characters are refused outright, and what remains is parsed the way a
 * browser parses it and must stay on this origin. The normalised path is returned, so the browser
 * follows exactly what was checked.
 */
export function safeRedirectPath(value: unknown, fallback = "/console"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, SELF);
  } catch {
    return fallback;
  }
  return url.origin === SELF ? url.pathname + url.search + url.hash : fallback;
}
