// Where a request came from, for the audit log and the sign-in locks: the client's address
// (./client-address.ts: the peer of the connection, or what trusted proxies forwarded) and its
// user agent.
import type { RequestOrigin } from "@/lib/audit/write-audit-entry";

import { configuredTrustedProxies, resolveClientAddress } from "./client-address";
import { readPeerAddress } from "./peer-address";

const MAX_USER_AGENT_LENGTH = 512;

export function requestOriginFrom(headers: Headers, trusted = configuredTrustedProxies()): RequestOrigin {
  const ip = resolveClientAddress(readPeerAddress(headers), headers.get("x-forwarded-for"), trusted);
  const userAgent = headers.get("user-agent")?.slice(0, MAX_USER_AGENT_LENGTH) ?? null;
  return { ip, userAgent };
}
