import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, trustedProxyHops } from "./client-address";

const withForwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("takes the address Next.js recorded when no proxy is configured", () => {
    expect(clientAddress(withForwardedFor("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor(), 0)).toBe("unknown");
  });

  it("behind N trusted proxies, ignores what the client wrote to the left of the N-th entry from the right", () => {
    const spoofed = withForwardedFor("1.1.1.1, 2.2.2.2, 203.0.113.7, 10.0.0.2");
    expect(clientAddress(spoofed, 1)).toBe("10.0.0.2");
    expect(clientAddress(spoofed, 2)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor("203.0.113.7"), 2)).toBe("unknown");
  });

  it("reads PLENARY_TRUSTED_PROXY as a number of hops, anything else as none", () => {
    expect(trustedProxyHops({ PLENARY_TRUSTED_PROXY: "1" })).toBe(1);
    expect(trustedProxyHops({ PLENARY_TRUSTED_PROXY: "2" })).toBe(2);
    for (const value of [undefined, "", "0", "yes", "-1", "1.5"])
      expect(trustedProxyHops({ PLENARY_TRUSTED_PROXY: value })).toBe(0);
  });
});

describe("normalizeAddress", () => {
  it("counts IPv4 as it is, with or without a port or IPv6 mapping", () => {
    for (const raw of ["203.0.113.7", "203.0.113.7:51234", "::ffff:203.0.113.7", "[::ffff:203.0.113.7]:443"])
      expect(normalizeAddress(raw)).toBe("203.0.113.7");
  });

  it("counts IPv6 by its /64, however it is written", () => {
    for (const raw of [
      "2001:db8:0:1::1",
      "2001:0DB8:0000:0001:ffff::2",
      "[2001:db8:0:1::3]:8443",
      "2001:db8:0:1:1:2:3.4.5.6",
    ]) {
      expect(normalizeAddress(raw)).toBe("2001:db8:0:1::/64");
    }
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("refuses anything else as unknown", () => {
    for (const raw of ["", "localhost", "999.1.1.1", "2001:db8::g", "<script>"])
      expect(normalizeAddress(raw)).toBe("unknown");
  });
});
