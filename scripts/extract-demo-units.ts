// Developer script, not used at run time: copies the demo provinces' rows out of the reference unit
// lists in ../shared/data into prisma/seed/data, so that the seed never reads outside the project.
//   npx tsx scripts/extract-demo-units.ts [path/to/shared/data]
// Rows are copied unchanged (codes stay strings with their leading zeros), sorted by code.
import path from "node:path";

import { readCsv, writeCsv, type CsvRow } from "../prisma/seed/csv";
import {
  DEMO_NEW_PROVINCE_CODES,
  DEMO_OLD_PROVINCE_CODES,
  DEMO_UNIT_FILES,
  NEW_UNIT_COLUMNS,
  OLD_UNIT_COLUMNS,
  WARD_SUCCESSION_COLUMNS,
} from "../prisma/seed/demo-unit-files";

const sourceDir = path.resolve(process.argv[2] ?? path.join(__dirname, "../../shared/data"));
const oldProvinces = new Set<string>(DEMO_OLD_PROVINCE_CODES);
const newProvinces = new Set<string>(DEMO_NEW_PROVINCE_CODES);

const oldUnits = readCsv(path.join(sourceDir, "units-2024.csv"), OLD_UNIT_COLUMNS)
  .filter((row) => oldProvinces.has(row.province_code))
  .sort(byKey((row) => row.ward_code));
const newUnits = readCsv(path.join(sourceDir, "units-2025.csv"), NEW_UNIT_COLUMNS)
  .filter((row) => newProvinces.has(row.province_code))
  .sort(byKey((row) => row.ward_code));

// Only pairs with both ends in the demo are kept. A pair with one end outside the demo is dropped
// and listed below: in the 2025 data that is 30622 Xã Tân Phú (An Giang 89) → 30259 Xã Tân Phú Trung
// (Đồng Tháp 82), a full succession, so that commune's population leaves the demo in July 2025.
const allPairs = readCsv(path.join(sourceDir, "ward-merge-2025.csv"), WARD_SUCCESSION_COLUMNS);
const touchesDemo = (row: CsvRow<(typeof WARD_SUCCESSION_COLUMNS)[number]>) =>
  oldProvinces.has(row.old_province_code) || newProvinces.has(row.new_province_code);
const insideDemo = (row: CsvRow<(typeof WARD_SUCCESSION_COLUMNS)[number]>) =>
  oldProvinces.has(row.old_province_code) && newProvinces.has(row.new_province_code);
const successions = allPairs.filter(insideDemo).sort(byKey((row) => `${row.old_ward_code}>${row.new_ward_code}`));
const skipped = allPairs.filter((row) => touchesDemo(row) && !insideDemo(row));

writeCsv(DEMO_UNIT_FILES.oldUnits, OLD_UNIT_COLUMNS, oldUnits);
writeCsv(DEMO_UNIT_FILES.newUnits, NEW_UNIT_COLUMNS, newUnits);
writeCsv(DEMO_UNIT_FILES.wardSuccessions, WARD_SUCCESSION_COLUMNS, successions);

console.log(`old communes: ${oldUnits.length}, new communes: ${newUnits.length}, successions: ${successions.length}`);
for (const row of skipped) {
  console.log(
    `skipped (other side outside the demo): ${row.old_ward_code} ${row.old_ward_name} (${row.old_province_code})` +
      ` → ${row.new_ward_code} ${row.new_ward_name} (${row.new_province_code}), ${row.merge_kind}`,
  );
}

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
