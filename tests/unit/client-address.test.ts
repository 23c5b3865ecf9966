// The client's address: the address of the connection, stamped on every request before Next.js
// sees it; X-Forwarded-For only as far as proxies listed in TRUSTED_PROXIES wrote it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, it } from "vitest";

import {
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  TrustedProxiesError,
} from "@/lib/auth/client-address";
import {
  installPeerAddressStamp,
  PEER_ADDRESS_HEADER,
  peerAddressStamp,
  readPeerAddress,
} from "@/lib/auth/peer-address";
import { requestOriginFrom } from "@/lib/auth/request-origin";

const NOBODY = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, 2001:db8::/32");
  it.each([
    // [peer, X-Forwarded-For, trusted, client]
    ["203.0.113.5", null, NOBODY, "203.0.113.5"],
    ["203.0.113.5", "198.51.100.1", NOBODY, "203.0.113.5"], // a direct client's header is ignored
    ["127.0.0.1", "198.51.100.1", NOBODY, "127.0.0.1"], // a proxy nobody declared is the client
    ["::ffff:203.0.113.5", null, NOBODY, "203.0.113.5"],
    ["127.0.0.1", "198.51.100.1", proxies, "198.51.100.1"],
    ["127.0.0.1", "6.6.6.6, 198.51.100.1", proxies, "198.51.100.1"], // the client's own entry comes first
    ["127.0.0.1", "6.6.6.6, 198.51.100.1, 10.2.3.4", proxies, "198.51.100.1"], // two proxies
    ["::ffff:10.0.0.7", "198.51.100.1", proxies, "198.51.100.1"],
    ["2001:db8::1", "2001:DB8:FFFF::9, 2001:db8::2", proxies, "2001:db8:ffff::9"],
    ["127.0.0.1", "[2001:db9::5]:443", proxies, "2001:db9::5"],
    ["127.0.0.1", "198.51.100.1:51234", proxies, "198.51.100.1"],
    ["127.0.0.1", "10.1.1.1", proxies, "10.1.1.1"], // only proxies: the farthest one
    ["127.0.0.1", null, proxies, "127.0.0.1"],
    ["127.0.0.1", "not-an-address", proxies, null], // what a trusted proxy wrote is unreadable
    [null, "198.51.100.1", proxies, null],
  ])("peer %s with X-Forwarded-For %j → %s", (peer, forwardedFor, trusted, client) => {
    expect(resolveClientAddress(peer, forwardedFor, trusted)).toBe(client);
  });

  it("normalises the forms in which addresses are written", () => {
    expect(normalizeAddress(" ::FFFF:192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and ranges of both families", () => {
    const trusted = parseTrustedProxies("192.0.2.10,10.0.0.0/8 , fd00::/8, ::1");
    expect(["192.0.2.10", "10.200.1.1", "fd12::3", "::1"].map((a) => trusted.has(a))).toEqual([true, true, true, true]);
    expect(["192.0.2.11", "11.0.0.1", "fe80::1", "::2"].map((a) => trusted.has(a))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it.each(["proxy.internal", "10.0.0.0/33", "10.0.0.1/8/2", "10.0.0.0/x", "fd00::/129"])("refuses %j", (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow(TrustedProxiesError);
  });
});

describe("the peer-address stamp", () => {
  it("is believed only with this process's token", () => {
    expect(readPeerAddress(new Headers({ [PEER_ADDRESS_HEADER]: peerAddressStamp("192.0.2.1") }))).toBe("192.0.2.1");
    expect(
      readPeerAddress(new Headers({ [PEER_ADDRESS_HEADER]: "00000000000000000000000000000000 192.0.2.1" })),
    ).toBeNull();
    expect(readPeerAddress(new Headers({ [PEER_ADDRESS_HEADER]: "192.0.2.1" }))).toBeNull();
    expect(readPeerAddress(new Headers())).toBeNull();
  });

  it("replaces whatever the client sent with the address of the connection, on a real HTTP server", async () => {
    installPeerAddressStamp();
    const server = createServer((request, response) => {
      const headers = new Headers(request.headers as Record<string, string>);
      response.end(JSON.stringify(requestOriginFrom(headers, NOBODY)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, {
        headers: {
          [PEER_ADDRESS_HEADER]: peerAddressStamp("198.51.100.9"),
          "x-forwarded-for": "198.51.100.9",
          "user-agent": "x".repeat(600),
        },
      });
      const origin = (await answer.json()) as { ip: string; userAgent: string };
      expect(origin.ip).toBe("127.0.0.1");
      expect(origin.userAgent).toHaveLength(512);
    } finally {
      server.close();
    }
  });
});
