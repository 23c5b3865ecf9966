// Zod schemas for notifications: marking one's messages read, and officials reminding communes to
// submit their report of a month. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { coded } from "./issue-code";
import { monthSchema } from "./period";

/** The ids of the messages to mark read: one (a string) or several. */
const messageIdsSchema = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z
    .array(
      z.coerce
        .number(coded("notification.notification"))
        .int(coded("notification.notification"))
        .positive(coded("notification.notification")),
      coded("notification.notification"),
    )
    .min(1, coded("notification.noneSelected"))
    .max(500, coded("notification.tooMany")),
);

export const markNotificationsReadSchema = z.object({ ids: messageIdsSchema });

/** A reminder: the commune, or the province or district whose communes are reminded, and the month. */
export const remindSchema = z.object({
  unitId: z.coerce.number(coded("common.unit")).int(coded("common.unit")).positive(coded("common.unit")),
  month: monthSchema,
});
