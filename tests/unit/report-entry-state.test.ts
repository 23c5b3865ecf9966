// The report form's state as a pure reducer (components/entry/report-entry-state.ts) and the live
// figures beside its fields (components/entry/entry-figures.ts): what typing, leaving a field, a draft,
// a save kept on the device and each kind of server answer do to the form.
import { describe, expect, it } from "vitest";

import { copiedFromLastMonth, liveRates, previousValue } from "@/components/entry/entry-figures";
import {
  entryReducer,
  initialEntryState,
  type EntryResult,
  type EntryState,
} from "@/components/entry/report-entry-state";
import type { ReportValues } from "@/lib/validation/report-values";

const NO_ANSWER: EntryResult = { ok: false, fieldErrors: {}, message: null };
const stored = { values: { population: "16984" }, reasons: {}, version: 3, status: "DRAFT" as const };
const start = (locale: "vi" | "en" = "vi") => initialEntryState(stored, locale, NO_ANSWER);
const queuedSave = { intent: "save" as const, at: "2026-11-29T03:00:00.000Z", unitName: "Phường Việt Yên" };

describe("report entry state", () => {
  it("shows stored counts the Vietnamese way in Vietnamese and plainly in English, saved as stored", () => {
    expect(start("vi").values).toEqual({ population: "16.984" });
    expect(start("en").values).toEqual({ population: "16984" });
    expect(start().saved.values).toEqual({ population: "16984" });
  });

  it("forgets the server's errors of the field being typed in, keeps the others, and unqueues a kept save", () => {
    const state: EntryState = {
      ...start(),
      serverErrors: { population: ["sai"], "g1.insured": ["thiếu"] },
      queued: queuedSave,
      notKept: true,
    };
    const next = entryReducer(state, {
      type: "edit",
      key: "population",
      values: { population: "17000" },
      reasons: {},
      draftHandled: true,
    });
    expect(next.values).toEqual({ population: "17000" });
    expect(next.serverErrors).toEqual({ "g1.insured": ["thiếu"] });
    expect(next.queued).toBeNull();
    expect(next.notKept).toBe(false);
    expect(next.draftHandled).toBe(true);
    // Typing while a draft is on offer leaves the offer standing.
    expect(entryReducer(start(), { type: "edit", values: {}, reasons: {}, draftHandled: false }).draftHandled).toBe(
      false,
    );
  });

  it("marks a field touched once and rewrites a figure on leaving it only when it reads differently", () => {
    const touched = entryReducer(start(), { type: "touch", key: "population" });
    expect([...touched.touched]).toEqual(["population"]);
    expect(entryReducer(touched, { type: "touch", key: "population" })).toBe(touched);
    const same = start();
    expect(entryReducer(same, { type: "reformat", key: "population", value: "16.984" })).toBe(same);
    expect(entryReducer(same, { type: "reformat", key: "g1.eligible", value: "" }).values).toEqual({
      population: "16.984",
      "g1.eligible": "",
    });
  });

  it("restores a draft at its version, and a queued one as waiting unless the server refused it", () => {
    const draft = { values: { population: "17000" }, reasons: { r: "x" }, version: 2, savedAt: queuedSave.at };
    const restored = entryReducer(start(), { type: "restoreDraft", draft, locale: "vi" });
    expect(restored).toMatchObject({ values: { population: "17.000" }, reasons: { r: "x" }, version: 2 });
    expect(restored.draftHandled).toBe(true);
    expect(restored.queued).toBeNull();
    const queued = entryReducer(start(), {
      type: "restoreDraft",
      draft: { ...draft, queued: queuedSave },
      locale: "vi",
    });
    expect(queued.queued).toEqual(queuedSave);
    const refused = { ...draft, queued: { ...queuedSave, problem: "conflict" as const } };
    expect(entryReducer(start(), { type: "restoreDraft", draft: refused, locale: "vi" }).queued).toBeNull();
  });

  it("keeps a save on the device, or says the browser refused to keep it", () => {
    expect(entryReducer(start(), { type: "queue", save: queuedSave })).toMatchObject({
      queued: queuedSave,
      notKept: false,
      draftHandled: true,
    });
    expect(entryReducer(start(), { type: "queue", save: null })).toMatchObject({ queued: null, notKept: true });
  });

  it("takes a successful answer: the new version, what was sent as saved, the status after the save", () => {
    const sending = entryReducer(
      { ...start(), serverErrors: { population: ["x"] }, queued: queuedSave },
      { type: "send", intent: "submit" },
    );
    expect(sending).toMatchObject({ sending: "submit", attempted: true, queued: null });
    const sent = { intent: "submit" as const, values: { population: "17000" }, reasons: {} };
    const answer: EntryResult = { ok: true, fieldErrors: {}, message: "Đã gửi", version: 4, sent };
    const saved = entryReducer(sending, { type: "answer", result: answer });
    expect(saved).toMatchObject({
      version: 4,
      status: "SUBMITTED",
      attempted: false,
      serverErrors: {},
      result: answer,
    });
    expect(saved.saved).toEqual({ values: { population: "17000" }, reasons: {} });
  });

  it("takes a conflict: the version and status now stored, the changes to show", () => {
    const conflict = { version: 5, status: "NONE", changes: [] };
    const answer: EntryResult = { ok: false, fieldErrors: {}, message: "m", conflict, sent: undefined };
    const next = entryReducer(start(), { type: "answer", result: answer });
    expect(next).toMatchObject({ conflict, version: 5, status: null });
    const approved = { ...conflict, status: "APPROVED" };
    expect(entryReducer(start(), { type: "answer", result: { ...answer, conflict: approved } }).status).toBe(
      "APPROVED",
    );
  });

  it("takes field errors from a refusal, and a save the server could not receive as queued", () => {
    const refused: EntryResult = { ok: false, fieldErrors: { population: ["Dân số: bắt buộc"] }, message: "m" };
    expect(entryReducer(start(), { type: "answer", result: refused }).serverErrors).toEqual({
      population: ["Dân số: bắt buộc"],
    });
    const offline: EntryResult = { ...NO_ANSWER, queued: null };
    expect(entryReducer(start(), { type: "answer", result: offline })).toMatchObject({ queued: null, notKept: true });
    expect(entryReducer(start(), { type: "answer", result: { ...NO_ANSWER, queued: queuedSave } }).queued).toEqual(
      queuedSave,
    );
  });
});

describe("report entry figures", () => {
  const previous: ReportValues = {
    population: 16_796,
    voluntarySocialAssigned: 200,
    voluntarySocialInsured: 150,
    groups: { "1": { eligible: 100, insured: 90, renewed: 80, newlyEnrolled: 10 } },
  };

  it("reads last month's value of a commune figure and of a group figure", () => {
    expect(previousValue(previous, "population")).toBe(16_796);
    expect(previousValue(previous, "g1.insured" as never)).toBe(90);
    expect(previousValue(null, "population")).toBeUndefined();
  });

  it("computes the rates from the typed figures, and none while a figure is missing", () => {
    const rates = liveRates({ population: "100", "g1.insured": "90", "g1.eligible": "120" }, previous, ["1"]);
    expect(rates.overall.now).toBeCloseTo(0.9);
    expect(rates.overall.before).toBeCloseTo(90 / 16_796);
    expect(rates.voluntary).toEqual({ now: null, before: 0.75 });
    expect(rates.groups["1"]).toEqual({ now: 0.75, before: 0.9 });
    expect(liveRates({ population: "100" }, null, ["1"]).overall).toEqual({ now: null, before: null });
  });

  it("copies last month's slow figures into the empty fields only, and says when there is nothing to copy", () => {
    expect(copiedFromLastMonth({ population: "17000" }, previous, ["1"])).toEqual({
      population: "17000",
      voluntarySocialAssigned: "200",
      "g1.eligible": "100",
    });
    const full = { population: "1", voluntarySocialAssigned: "2", "g1.eligible": "3" };
    expect(copiedFromLastMonth(full, previous, ["1"])).toBeNull();
    expect(copiedFromLastMonth({}, null, ["1"])).toBeNull();
  });
});
