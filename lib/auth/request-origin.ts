// Where a request came from, for the audit log and the per-address sign-in throttle.
// `next start` passes on an X-Forwarded-For header sent by the client, so the address is only as
// trustworthy as the reverse proxy in front of the app: deploy behind one that sets or appends the
// header. The rightmost address is the one the nearest proxy saw.
import { isIP } from "node:net";
import type { RequestOrigin } from "@/lib/audit/write-audit-entry";

const MAX_USER_AGENT_LENGTH = 512;

export function requestOriginFrom(headers: Headers): RequestOrigin {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => isIP(part) !== 0);
  const ip = forwarded.at(-1) ?? (isIP(headers.get("x-real-ip") ?? "") ? headers.get("x-real-ip") : null);
  const userAgent = headers.get("user-agent")?.slice(0, MAX_USER_AGENT_LENGTH) ?? null;
  return { ip, userAgent };
}
