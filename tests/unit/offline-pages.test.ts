import { describe, expect, it } from "vitest";

import { isOfflinePage, staticAssetsOf } from "@/lib/offline/offline-pages";
import { draftKey, parseDraft, parseDraftKey } from "@/lib/reports/report-draft";

describe("the pages kept for use offline", () => {
  it("are the home page, a unit's month list and its forms", () => {
    expect(isOfflinePage("/")).toBe(true);
    expect(isOfflinePage("/reports/07777")).toBe(true);
    expect(isOfflinePage("/reports/07777/2026-11")).toBe(true);
  });

  it("are not the import and export pages, the dashboards or anything else", () => {
    for (const path of [
      "/reports/import",
      "/reports/export",
      "/reports",
      "/coverage/VN",
      "/reports/07777/2026-11/x",
      "/reports/07777/11-2026",
      "/sign-in",
    ]) {
      expect(isOfflinePage(path), path).toBe(false);
    }
  });

  it("keep the scripts, styles and fonts a page names, in its tags and in its inline data", () => {
    const html = `<link rel="stylesheet" href="/_next/static/css/a1.css"><script src="/_next/static/chunks/main-9f.js" async></script>
      <script>self.__next_f.push([1,"2:I[\\"static/chunks/app/page-77.js\\",\\"default\\"]"])</script>
      <link rel="preload" href="/_next/static/media/font.p.woff2" as="font"><script src="/_next/static/chunks/main-9f.js"></script><img src="/icons/icon.svg">`;
    expect(staticAssetsOf(html)).toEqual([
      "/_next/static/css/a1.css",
      "/_next/static/chunks/main-9f.js",
      "/_next/static/chunks/app/page-77.js",
      "/_next/static/media/font.p.woff2",
    ]);
  });
});

describe("a save kept on the device", () => {
  const key = draftKey("user-1", "07777", "2026-11");

  it("is found by its user's key, with its unit and month; never by another user's", () => {
    expect(parseDraftKey(key, "user-1")).toEqual({ unitCode: "07777", month: "2026-11" });
    expect(parseDraftKey(key, "user-2")).toBeNull();
    expect(parseDraftKey("bhyt.report-draft.v1:user-1:07777", "user-1")).toBeNull();
  });

  it("keeps its intent, time, unit name and the server's refusal; anything else is an ordinary draft", () => {
    const base = { values: { population: "16984" }, reasons: {}, version: 3, savedAt: "2026-11-29T03:00:00.000Z" };
    const queued = { intent: "submit", at: "2026-11-29T03:00:00.000Z", unitName: "Phường Việt Yên" };
    expect(parseDraft(JSON.stringify({ ...base, queued }))).toEqual({ ...base, queued });
    expect(parseDraft(JSON.stringify({ ...base, queued: { ...queued, problem: "conflict" } }))?.queued?.problem).toBe(
      "conflict",
    );
    expect(parseDraft(JSON.stringify({ ...base, queued: { ...queued, intent: "approve" } }))).toEqual(base);
    expect(parseDraft(JSON.stringify({ ...base, queued: { ...queued, problem: "lost" } }))?.queued).toEqual(queued);
  });
});
