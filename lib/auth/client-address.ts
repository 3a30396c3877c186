import { isIPv4, isIPv6 } from "node:net";

export const UNKNOWN_ADDRESS = "unknown";

/**
 * PLENARY_TRUSTED_PROXY: how many reverse proxies in front of Plenary append to X-Forwarded-For (unset or 0:
 * none). Next.js gives the app no socket address; it fills X-Forwarded-For with it only when the request
 * brought none, so without a proxy the right-most entry is the socket address unless the client wrote the
 * header itself. With N proxies, the N-th entry from the right is the one the outermost proxy saw, and
 * whatever a client wrote sits to its left, where it is ignored.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.PLENARY_TRUSTED_PROXY);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** The address sign-in throttling counts by: IPv4 as is, IPv6 by its /64 (one subscriber's network). */
export function clientAddress(headers: Headers, hops: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const picked = entries[entries.length - Math.max(hops, 1)];
  return picked ? normalizeAddress(picked) : UNKNOWN_ADDRESS;
}

export function normalizeAddress(raw: string): string {
  // Some proxies add a port: "203.0.113.7:51234", "[2001:db8::1]:51234".
  const address = raw
    .replace(/^\[([^\]]+)\](:\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/%.*$/, "")
    .toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return UNKNOWN_ADDRESS;
}

/** The hextets of a valid IPv6 address without leading zeros, "::" filled in (a trailing IPv4 counts as two). */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const width = (parts: string[]) => parts.reduce((sum, part) => sum + (part.includes(".") ? 2 : 1), 0);
  const middle = tail === undefined ? [] : Array<string>(8 - width(left) - width(right)).fill("0");
  return [...left, ...middle, ...right].map((hextet) =>
    hextet.includes(".") ? hextet : parseInt(hextet, 16).toString(16),
  );
}
