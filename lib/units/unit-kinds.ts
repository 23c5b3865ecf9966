// The kind of a unit follows from the prefix of its GSO name ("Huyện Yên Thế" is a DISTRICT), or for
// a commune from the "Cấp" column of a GSO list. Prefixes are matched without regard to case because
// the sources spell some of them both ways ("Thị xã"/"Thị Xã", "Thị trấn"/"Thị Trấn").
import type { UnitKind } from "@prisma/client";

type PrefixTable = readonly (readonly [prefix: string, kind: UnitKind])[];

/** Level 1. "Thành phố" here is a centrally-run city. */
export const PROVINCE_PREFIXES: PrefixTable = [
  ["Tỉnh", "PROVINCE"],
  ["Thành phố", "MUNICIPALITY"],
];

/** Level 2 before 1 July 2025. "Thành phố" here is a city under a province. */
export const DISTRICT_PREFIXES: PrefixTable = [
  ["Huyện", "DISTRICT"],
  ["Quận", "URBAN_DISTRICT"],
  ["Thị xã", "TOWN"],
  ["Thành phố", "PROVINCIAL_CITY"],
];

/** Base level, before and after 1 July 2025. */
export const COMMUNE_PREFIXES: PrefixTable = [
  ["Xã", "COMMUNE"],
  ["Phường", "WARD"],
  ["Thị trấn", "TOWNSHIP"],
  ["Đặc khu", "SPECIAL_ZONE"],
];

/** The kind named by the prefix of `name`, or null when no prefix of the table matches. */
export function findKindFromName(name: string, prefixes: PrefixTable): UnitKind | null {
  const lowerName = name.normalize("NFC").toLocaleLowerCase("vi");
  for (const [prefix, kind] of prefixes) {
    if (lowerName.startsWith(`${prefix.toLocaleLowerCase("vi")} `)) return kind;
  }
  return null;
}

export function kindFromName(name: string, prefixes: PrefixTable): UnitKind {
  const kind = findKindFromName(name, prefixes);
  if (kind === null) throw new Error(`Unknown unit kind for "${name}"`);
  return kind;
}

/** The kind a "Cấp" (level) cell names ("Xã", "Phường", "Thị trấn", "Đặc khu"), or null. */
export function findKindFromLevelName(levelName: string, prefixes: PrefixTable): UnitKind | null {
  const lower = levelName.normalize("NFC").trim().toLocaleLowerCase("vi");
  return prefixes.find(([prefix]) => prefix.toLocaleLowerCase("vi") === lower)?.[1] ?? null;
}

/** The name with its kind prefix in lower case, as used inside a phrase ("BHXH huyện Yên Thế"). */
export function nameInPhrase(name: string, prefixes: PrefixTable): string {
  const kind = kindFromName(name, prefixes);
  const prefix = prefixes.find(([, candidate]) => candidate === kind)?.[0] ?? "";
  return `${prefix.toLocaleLowerCase("vi")}${name.slice(prefix.length)}`;
}
