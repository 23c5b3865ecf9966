// Participant groups' English names: written by the seed for the 2014 set, filled by migration
// 20261208000500_english_texts for databases seeded before it, and read with the groups
// wherever they are shown (the coverage summary, the report form's groups, a plan's groups), to be
// chosen by locale in lib/i18n/reference-texts.ts.
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { groupNames } from "@/lib/i18n/reference-texts";
import { monthToDate, type Month } from "@/lib/period";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getParticipantGroups } from "@/lib/queries/get-participant-groups";
import { getGroupsForPeriod } from "@/lib/queries/get-plan-groups";
import { rebuildUnitClosure } from "@/lib/units/rebuild-closure";
import { insertGroupSet } from "@/prisma/seed/groups";

const MONTH: Month = "2024-05";
const SHORT_NAMES_EN = ["Employees", "Paid by social insurance", "Paid by the state", "State-supported", "Households"];

/** The migration's statement that fills the English names of existing rows. */
function migrationUpdate(): string {
  const file = path.resolve(__dirname, "../../prisma/migrations/20261208000500_english_texts/migration.sql");
  const statement = readFileSync(file, "utf8")
    .split(";")
    .map((part) =>
      part
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .find((part) => part.startsWith(`UPDATE "participant_group"`));
  if (!statement) throw new Error("The migration has no UPDATE statement");
  return statement;
}

const englishNames = (setCode: string) =>
  db.participantGroup.findMany({
    where: { groupSet: { code: setCode } },
    orderBy: { ordinal: "asc" },
    select: { code: true, nameEn: true, shortNameEn: true },
  });

let communeId: number;

beforeAll(async () => {
  const groupIds = await db.$transaction((tx) => insertGroupSet(tx));
  const country = await db.unit.create({
    data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: monthToDate("2000-01") },
  });
  const commune = await db.unit.create({
    data: {
      code: "30283",
      name: "Phường Mỹ Long",
      kind: "WARD",
      level: 1,
      parentId: country.id,
      validFrom: monthToDate("2000-01"),
    },
  });
  communeId = commune.id;
  await rebuildUnitClosure(db);
  const period = monthToDate(MONTH);
  await db.unitMonthReport.create({ data: { unitId: communeId, period, population: 20_000, status: "APPROVED" } });
  await db.enrollmentFigure.createMany({
    data: groupIds.map((groupId, index) => ({
      unitId: communeId,
      period,
      groupId,
      insured: 1_000 + index,
      eligible: 2_000,
      newlyEnrolled: 0,
      renewed: 0,
    })),
  });
});

describe("English names of the 2014 participant groups", () => {
  it("are filled by the migration for a database seeded before it, as the seed writes them, and no other set is touched", async () => {
    const seeded = await englishNames("LBHYT-2014");
    expect(seeded.map((group) => group.shortNameEn)).toEqual(SHORT_NAMES_EN);
    const other = await db.groupSet.create({
      data: { code: "OTHER", name: "Bộ khác", legalBasis: "thử", validFrom: monthToDate("2030-01") },
    });
    await db.participantGroup.create({
      data: { groupSetId: other.id, code: "1", ordinal: 1, name: "Nhóm một", shortName: "Một" },
    });

    await db.participantGroup.updateMany({
      where: { groupSet: { code: "LBHYT-2014" } },
      data: { nameEn: null, shortNameEn: null },
    });
    await db.$executeRawUnsafe(migrationUpdate());

    expect(await englishNames("LBHYT-2014")).toEqual(seeded);
    expect(await englishNames("OTHER")).toEqual([{ code: "1", nameEn: null, shortNameEn: null }]);
  });

  it("come with the groups of the coverage summary, with their figures", async () => {
    const summary = await getCoverageSummary(communeId, MONTH);
    expect(
      summary.groups.map((group) => [
        group.code,
        group.insured,
        groupNames(group, "en").shortName,
        groupNames(group, "vi").shortName,
      ]),
    ).toEqual([
      ["1", 1_000, "Employees", "Người lao động"],
      ["2", 1_001, "Paid by social insurance", "Do BHXH đóng"],
      ["3", 1_002, "Paid by the state", "Do NSNN đóng"],
      ["4", 1_003, "State-supported", "NSNN hỗ trợ"],
      ["5", 1_004, "Households", "Hộ gia đình"],
    ]);
    expect(groupNames(summary.groups[4]!, "en").name).toBe("Enrolled by household");
  });

  it("come with the report form's groups and a plan's groups", async () => {
    expect((await getParticipantGroups(MONTH)).map((group) => groupNames(group, "en").shortName)).toEqual(
      SHORT_NAMES_EN,
    );
    expect((await getGroupsForPeriod(MONTH, MONTH)).map((group) => groupNames(group, "en").shortName)).toEqual(
      SHORT_NAMES_EN,
    );
  });
});
