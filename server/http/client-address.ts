import { BlockList, isIP } from "node:net";

/** Set on every request by `installClientAddress`, from the socket and the trusted proxies only. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

export type TrustedProxies = { hops: number } | { networks: BlockList } | null;

/**
 * `TRUSTED_PROXIES`: unset (no proxy: the socket's address is the client's), a number of proxy
 * hops in front of the app (e.g. 1 for one nginx), or a comma-separated list of the proxies'
 * addresses and networks (e.g. `10.0.0.0/8,192.168.1.10`).
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const value = setting?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) > 0 ? { hops: Number(value) } : null;
  const networks = new BlockList();
  for (const part of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [address = "", prefix] = part.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: 「${part}」不是 IP 地址或网段`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) networks.addAddress(address, type);
    else networks.addSubnet(address, Number(prefix), type);
  }
  return { networks };
}

function normalise(address: string): string {
  const plain = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  return plain.startsWith("::ffff:") && isIP(plain.slice(7)) === 4 ? plain.slice(7) : plain;
}

/**
 * The client's address: walk the X-Forwarded-For chain from the right (each proxy appends the
 * address it saw) and stop at the first hop not vouched for by a trusted proxy. Entries left of
 * that are whatever the client wrote, so they never count.
 */
export function resolveClientAddress(socketAddress: string, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const socket = normalise(socketAddress);
  if (!trusted) return socket;
  const chain = [...(forwardedFor ?? "").split(",").map(normalise).filter(Boolean), socket];
  if ("hops" in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)]!;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]!;
    const family = isIP(address);
    if (!family || !trusted.networks.check(address, family === 4 ? "ipv4" : "ipv6")) return address;
  }
  return chain[0]!;
}

/** The client's address for this request, as `installClientAddress` settled it. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
