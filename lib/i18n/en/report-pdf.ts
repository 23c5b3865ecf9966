// The English words of lib/i18n/vi/report-pdf.ts: the same keys (checked by the type).
import type { reportPdf as vi } from "../vi/report-pdf";

export const reportPdf: typeof vi = {
  download: "Download PDF report",
  downloadHint: "The unit's monthly report as a PDF (A4), for the month, structure and data basis chosen",
  downloadQuarter: "Q{quarter} {year} report (PDF)",
  downloadQuarterHint: "The quarterly report as a PDF: the figures at the quarter's end and each month of the quarter",
  badMonth: "The report could not be made: month “{month}” is not valid or has no figures yet.",
  badQuarter: "The report could not be made: quarter “{quarter}” is not valid, has not ended or has no figures yet.",
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  unitCode: "Unit code: {code}",
  dateLine: "{date}",
  title: "REPORT ON HEALTH INSURANCE COVERAGE",
  subtitle: "{unit} · {month}",
  quarterSubtitle: "{unit} · Q{quarter} {year} (figures at the quarter's end: {month})",
  stamp: { provisional: "PROVISIONAL FIGURES", approved: "APPROVED FIGURES" },
  stampHint: {
    provisional: "{approved}/{total} base units have an approved report: the figures may still change.",
    approved: "All {total} base units have an approved report.",
  },
  basis: {
    submitted: "Figures: submitted (submitted, approved and locked reports)",
    approved: "Figures: approved (approved and locked reports only)",
  },
  structure: { month: "In the administrative structure of the month", current: "In today's administrative structure" },
  footer: {
    source: "Source: monthly reports of the base units, BHYT coverage tracking system",
    printed: "Printed {time} by {account}",
    page: "Page {page}/{pages}",
  },
  summary: {
    title: "Summary",
    measure: "Measure",
    value: "Value",
    target: "Applicable target",
    status: "Status",
    noFigures: "No figures for this unit in this month yet.",
  },
  groups: { title: "By participant group", agency: "Responsible agency" },
  trend: {
    title: "Coverage over time",
    legendRate: "Coverage rate",
    legendTarget: "Target",
    quarterMonths: "Months of the quarter",
    newlyEnrolled: "New enrollments",
    renewed: "Renewals",
  },
  lastYear: {
    title: "Against the same month last year",
    measure: "Measure",
    change: "Change",
    noFigures: "No figures for this unit in {month} to compare with.",
  },
  completeness: {
    title: "Reporting progress",
    total: "Base units",
    own: "The unit's report",
  },
  plan: {
    title: "Against plan {plan}",
    measure: "Target of",
    target: "Target",
    now: "Actual {month}",
    atMilestone: "At the milestone",
    overall: "Coverage rate",
  },
  map: {
    title: "Map of coverage",
    noBoundaries:
      "No boundaries of the subordinate units have been imported, so no map can be drawn; an administrator can import them (GeoJSON) under “Import units”, section 4.",
    tilesNote:
      "Each tile is a province or city, placed roughly where it lies, not drawn to its boundaries. The Hoàng Sa (Paracel) Archipelago (Đà Nẵng) and the Trường Sa (Spratly) Archipelago (Khánh Hoà) are Vietnam's. Each unit's figures are in the ranking.",
    boundariesNote: "Boundaries imported by an administrator. Each unit's figures are in the ranking.",
    unplaced: "Without a tile on the map: {units}.",
    withoutShape: "Without a boundary: {units}.",
  },
  ranking: { title: "Ranking of subordinate units", none: "This unit has no subordinate units." },
  rural: {
    title: "Communes below the New Rural Area threshold ({rate})",
    basis: "BHYT criterion of a New Rural Area commune under {basis}.",
    none: "No commune is below the threshold.",
    noThreshold: "No New Rural Area threshold applies to this month.",
    unit: "Commune",
    parent: "Within",
    needed: "People needed",
  },
};
