// The address of the connection a request came on (its peer). Next.js does not hand it to server
// actions or route handlers: `next start` copies it into X-Forwarded-For only when the client sent
// no such header, so a client that sends one hides it. So, once the server starts
// (instrumentation.ts), every request is stamped before Next.js sees it: Node publishes each
// incoming request on the "http.server.request.start" diagnostics channel, and the stamp writes the
// socket's address into a header of our own, replacing whatever the client sent under that name.
// The stamp carries a random token of this process, so a request that arrived before the stamp was
// installed, or a header a client made up, is not believed: its peer is unknown (null).
import "server-only";

import { randomBytes, timingSafeEqual } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

export const PEER_ADDRESS_HEADER = "x-bhyt-peer-address";

// On globalThis: instrumentation and the app's routes are separate bundles in one process.
const TOKEN = Symbol.for("bhyt.peer-address.token");
const INSTALLED = Symbol.for("bhyt.peer-address.installed");
const processState = globalThis as { [TOKEN]?: Buffer; [INSTALLED]?: boolean };

function processToken(): Buffer {
  return (processState[TOKEN] ??= Buffer.from(randomBytes(16).toString("hex")));
}

/** The header value that vouches for `address` as the peer of a request to this process. */
export function peerAddressStamp(address: string | undefined): string {
  return `${processToken().toString()} ${address ?? ""}`;
}

/** The peer address stamped on a request by this process; null without a valid stamp. */
export function readPeerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_ADDRESS_HEADER) ?? "";
  const separator = value.indexOf(" ");
  const token = Buffer.from(value.slice(0, Math.max(separator, 0)));
  const expected = processToken();
  if (token.length !== expected.length || !timingSafeEqual(token, expected)) return null;
  return value.slice(separator + 1) || null;
}

/** Stamps every request this process receives from now on with its peer address (once per process). */
export function installPeerAddressStamp(): void {
  if (processState[INSTALLED]) return;
  processState[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = peerAddressStamp(socket.remoteAddress);
  });
}
