// The English words of lib/i18n/vi/app.ts: the same keys (checked by the type).
import type * as vi from "../vi/app";

export const app: typeof vi.app = {
  title: "Health insurance coverage",
  subtitle: "Tracking BHYT coverage",
  language: "Language",
};

export const nav: typeof vi.nav = {
  main: "Main navigation",
  dashboard: "Dashboard",
  report: "Monthly report",
  review: "Review",
  plans: "Plans",
  import: "Import",
  export: "Export",
  more: "More",
  admin: "Administration",
};

export const table: typeof vi.table = {
  showData: "Show data table",
};

export const actions: typeof vi.actions = {
  invalidInput: "Please check the highlighted fields.",
  refused: "Not found, or you are not allowed to do this.",
  failed: "The change could not be saved because of a system error. Please try again.",
  saved: "Saved.",
};
