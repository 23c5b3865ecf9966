// Answers of the download routes (export, import template, PDF report): the file as an attachment, or a
// short plain-text refusal. The session, permission and scope are checked by the routes first.
import "server-only";

import { NextResponse } from "next/server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { signInHref } from "@/lib/auth/redirect-target";
import type { SessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/permissions/can";
import type { Permission } from "@/lib/permissions/roles";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function fileResponse(type: string, fileName: string, bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

export function workbookResponse(fileName: string, bytes: Uint8Array): Response {
  return fileResponse(XLSX_TYPE, fileName, bytes);
}

export function pdfResponse(fileName: string, bytes: Uint8Array): Response {
  return fileResponse("application/pdf", fileName, bytes);
}

export function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Not found, or outside the user's permission or scope (the same answer), in the reader's language. */
export async function notFoundResponse(): Promise<Response> {
  return textResponse(404, (await getI18n()).t.downloads.notFound);
}

/** A temporary redirect (307) to `href`, a path of this app (e.g. an old link to its new form). */
export function redirectResponse(request: Request, href: string): Response {
  return NextResponse.redirect(new URL(href, request.url), 307);
}

/**
 * The user of a download request if signed in (else a redirect to the sign-in page and back) and
 * holding `permission` (else 404, as for a unit outside the scope).
 */
export async function downloadUser(request: Request, permission: Permission): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  const url = new URL(request.url);
  if (!user) return NextResponse.redirect(new URL(signInHref(`${url.pathname}${url.search}`), url));
  if (!can(user, permission) || user.mustChangePassword) return notFoundResponse();
  return user;
}
