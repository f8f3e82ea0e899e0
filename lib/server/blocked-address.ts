import { BlockList, isIP } from "node:net";

// Every range a server-side request must not reach unless an admin allow-listed the host:
// "this network", private, CGNAT, loopback, link-local (cloud metadata), benchmarking,
// documentation, multicast and reserved space — for IPv4 and IPv6.
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/**
 * Whether `address` (an IPv4 or IPv6 literal) is loopback, private, link-local, CGNAT, multicast
 * or otherwise not a public unicast address. IPv4-mapped IPv6 (`::ffff:127.0.0.1`, also written
 * `::ffff:7f00:1`) is judged by its IPv4 part. Anything that is not an IP literal counts as blocked.
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return blocked.check(bare, "ipv4");
  if (version !== 6) return true;
  const mapped = mappedIpv4(bare);
  if (mapped) return blocked.check(mapped, "ipv4");
  return blocked.check(bare, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96) or IPv4-compatible IPv6 address. */
function mappedIpv4(ipv6: string): string | null {
  const lower = ipv6.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,5}(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower.replace(/^::/, "0::"));
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(expandIpv6Prefix(lower));
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

// `::ffff:7f00:1` → `0:0:0:0:0:ffff:7f00:1`, enough for the mapped-address pattern above.
function expandIpv6Prefix(address: string): string {
  if (!address.includes("::")) return address;
  const [head, tail] = address.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const zeros = Array.from({ length: 8 - headParts.length - tailParts.length }, () => "0");
  return [...headParts, ...zeros, ...tailParts].join(":");
}
