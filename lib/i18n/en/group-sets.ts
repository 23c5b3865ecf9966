// The English words of lib/i18n/vi/group-sets.ts: the same keys (checked by the type).
import type { groupSets as vi } from "../vi/group-sets";

export const groupSets: typeof vi = {
  title: "Sets of participant groups",
  menu: "Participant groups",
  description:
    "Each set applies from a month until the day before the next set takes effect. A month's forms, imports, templates, exports, targets and warnings follow the set that applies in that month.",
  mappingHint:
    "Comparisons across a change of set match a new group with (the sum of) the old groups it continues, not by code. A group that continues none has no figures to compare with before the change.",
  from: "From {date}",
  until: "to {date}",
  onwards: "onwards",
  inForce: "in force",
  groups: "Groups",
  continues: "Continues",
  continuesNone: "continues no group",
  addTitle: "Add a new set",
  validFrom: "Applies from month",
  validFromHint: "The previous set ends on the last day of the month before.",
  setCode: "Set code",
  setName: "Set name",
  legalBasis: "Legal basis",
  row: "Row {row}",
  code: "Group code",
  ordinal: "Order",
  name: "Group name (Vietnamese)",
  shortName: "Short name (Vietnamese)",
  nameEn: "Group name (English)",
  shortNameEn: "Short name (English)",
  continuesLegend: "Which groups of the previous set it continues",
  addRow: "Add a row",
  create: "Add the set",
  created: "Added set {code}, applying from {month}.",
  notAfterLast: "A new set must start after the month the latest set starts ({month}).",
  codeTaken: "A set with this code already exists.",
  reportedAfter:
    "{count} reports already use set {code} from {month} on. Choose a month after the last month with reports ({last}), or enter those reports again once the set is added.",
  unknownPredecessor: "Row {row}: the group continued is not in the previous set.",
};
