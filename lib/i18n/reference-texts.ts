// The one place that chooses the texts of reference data by the reader's language: participant
// groups (a group set brings its names in both languages) and New Rural Area thresholds (legal basis
// and notes). A row without an English text keeps its Vietnamese one in English too. Data that
// people enter about their own work (plan notes, agency names) has one text and is shown as entered.
import type { Locale } from "./locales";

function inLocale(vietnamese: string, english: string | null, locale: Locale): string {
  return locale === "en" && english !== null && english.trim() !== "" ? english : vietnamese;
}

/** A participant group's names as stored. */
export type StoredGroupNames = { name: string; shortName: string; nameEn: string | null; shortNameEn: string | null };

/** The group's name and short name in `locale`. */
export function groupNames(group: StoredGroupNames, locale: Locale): { name: string; shortName: string } {
  return {
    name: inLocale(group.name, group.nameEn, locale),
    shortName: inLocale(group.shortName, group.shortNameEn, locale),
  };
}

/** The same group with its names in `locale` (other fields kept), for lists handed to components. */
export function withGroupNames<T extends StoredGroupNames>(group: T, locale: Locale): T {
  return { ...group, ...groupNames(group, locale) };
}

/** A New Rural Area threshold's texts as stored. */
export type StoredThresholdTexts = {
  legalBasis: string;
  notes: string | null;
  legalBasisEn: string | null;
  notesEn: string | null;
};

/** The threshold's legal basis and notes in `locale`. */
export function thresholdTexts(
  threshold: StoredThresholdTexts,
  locale: Locale,
): { legalBasis: string; notes: string | null } {
  return {
    legalBasis: inLocale(threshold.legalBasis, threshold.legalBasisEn, locale),
    notes: threshold.notes === null ? null : inLocale(threshold.notes, threshold.notesEn, locale),
  };
}
