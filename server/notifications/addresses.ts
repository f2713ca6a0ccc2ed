import { BlockList, isIP } from "node:net";

/**
 * Addresses a webhook never reaches: link-local (the cloud metadata service at 169.254.169.254),
 * unspecified and multicast, and the server's own loopback unless WEBHOOK_ALLOW_LOOPBACK=true (a
 * receiver on the same machine, as in tests and single-machine demos).
 */
const ALWAYS = new BlockList();
ALWAYS.addSubnet("0.0.0.0", 8, "ipv4");
ALWAYS.addSubnet("169.254.0.0", 16, "ipv4");
ALWAYS.addSubnet("224.0.0.0", 4, "ipv4");
ALWAYS.addAddress("255.255.255.255", "ipv4");
ALWAYS.addAddress("::", "ipv6");
ALWAYS.addSubnet("fe80::", 10, "ipv6");
ALWAYS.addSubnet("ff00::", 8, "ipv6");

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

export function refusedAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
  if (ALWAYS.check(ip, family)) return true;
  return process.env.WEBHOOK_ALLOW_LOOPBACK !== "true" && LOOPBACK.check(ip, family);
}
