// Which network addresses a server may fetch from on a caller's behalf: public ones only. A caller
// who could make the server fetch 127.0.0.1 or 10.0.0.5 would read (or port-scan) what only the
// server can reach. The ranges are IANA's special-purpose registries; an IPv4 address dressed as
// IPv6 (mapped, NAT64, 6to4) is refused with the rest, whatever its notation.
import { BlockList, isIP } from "node:net";

// Two lists: a BlockList compares an IPv4 address with IPv6 rules through its mapped form, which
// would make every IPv4 address match ::ffff:0:0/96.
const NOT_PUBLIC_V4 = new BlockList();
const NOT_PUBLIC_V6 = new BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast included
] as const) NOT_PUBLIC_V4.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 96], // unspecified, loopback and the old IPv4-compatible form
  ["::ffff:0:0", 96], // IPv4-mapped
  ["64:ff9b::", 96], // NAT64
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) NOT_PUBLIC_V6.addSubnet(address, prefix, "ipv6");

/** True for an address anyone on the internet could reach; false for anything private or special. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC_V4.check(address, "ipv4");
  return family === 6 && !NOT_PUBLIC_V6.check(address, "ipv6");
}
