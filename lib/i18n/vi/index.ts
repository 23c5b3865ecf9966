// The Vietnamese catalogue (the default language), assembled from one file per area; the English one
// (lib/i18n/en) has exactly the same keys, checked by its type. Server code only: a client component
// receives its words from the server (tests/unit/client-catalogue.test.ts).
import type { Locale } from "../locales";
import { account, auth } from "./account";
import { actions, app, nav, table } from "./app";
import { audit } from "./audit";
import { auditFields } from "./audit-fields";
import { boundaries } from "./boundaries";
import { campaigns } from "./campaigns";
import { compare } from "./compare";
import { comparison } from "./comparison";
import { cards, dashboard, groups, status, trend } from "./dashboard";
import { downloads } from "./downloads";
import { files } from "./files";
import { groupSets } from "./group-sets";
import { map } from "./map";
import { notifications } from "./notifications";
import { offline } from "./offline";
import { plans } from "./plans";
import { ranking } from "./ranking";
import { reportPdf } from "./report-pdf";
import { reportWorkbook } from "./report-workbook";
import { reports } from "./reports";
import { security } from "./security";
import { units } from "./units";
import { roles, users } from "./users";
import { validation } from "./validation";

export const vi = {
  /** The catalogue's own language (for formatting numbers and months where only the words are at hand). */
  locale: "vi" as Locale,
  app,
  dashboard,
  cards,
  groups,
  trend,
  ranking,
  comparison,
  compare,
  downloads,
  reportPdf,
  map,
  boundaries,
  status,
  table,
  auth,
  nav,
  account,
  roles,
  users,
  audit,
  actions,
  auditFields,
  files,
  reportWorkbook,
  reports,
  groupSets,
  plans,
  campaigns,
  units,
  security,
  notifications,
  offline,
  validation,
};

export type Messages = typeof vi;
