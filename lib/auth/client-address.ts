// The client's address, from the address of the connection (the peer) and, only when the peer is
// a proxy the operator declared, the X-Forwarded-For header. A client that connects directly can
// put anything in X-Forwarded-For, so the header is read only as far as trusted proxies wrote it.
//
// TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the
// app, e.g. "127.0.0.1, 10.0.0.0/8". Unset (the default): nobody is trusted, the peer is the client.
import { BlockList, isIP } from "node:net";

export class TrustedProxiesError extends Error {}

export type TrustedProxies = { has(address: string): boolean };

const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** An address as written by Node or a proxy, in one canonical form; null when it is not one. */
export function normalizeAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address); // "[2001:db8::1]:443"
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":")); // "203.0.113.5:443"
  address = address.replace(IPV4_MAPPED, "$1");
  const family = isIP(address);
  if (family === 0) return null;
  return family === 6 ? address.toLowerCase() : address;
}

export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [rawAddress, prefix, extra] = entry.split("/");
    const address = rawAddress === undefined ? null : normalizeAddress(rawAddress);
    const type = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = type === "ipv6" ? 128 : 32;
    if (
      !address ||
      extra !== undefined ||
      (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new TrustedProxiesError(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.1 or 10.0.0.0/8).`,
      );
    }
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { has: (address) => list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4") };
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then X-Forwarded-For is read
 * from the right (each proxy appends the address it saw), skipping trusted proxies, and the first
 * address not trusted is the client. Null when the peer is unknown or a trusted proxy wrote
 * something that is not an address.
 */
export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string | null {
  let address = peer === null ? null : normalizeAddress(peer);
  const hops = (forwardedFor ?? "")
    .split(",")
    .filter((hop) => hop.trim() !== "")
    .reverse();
  while (address !== null && trusted.has(address)) {
    const hop = hops.shift();
    if (hop === undefined) return address; // every hop is a trusted proxy: the farthest one is the client
    address = normalizeAddress(hop);
  }
  return address;
}

let configured: { setting: string | undefined; proxies: TrustedProxies } | null = null;

/** The proxies named by TRUSTED_PROXIES (throws TrustedProxiesError on a malformed entry). */
export function configuredTrustedProxies(
  env: Readonly<Record<string, string | undefined>> = process.env,
): TrustedProxies {
  if (!configured || configured.setting !== env.TRUSTED_PROXIES) {
    configured = { setting: env.TRUSTED_PROXIES, proxies: parseTrustedProxies(env.TRUSTED_PROXIES) };
  }
  return configured.proxies;
}
