"use server";

// Server actions of reminders and notifications (lib/notifications/), all through authedAction.
import { markNotificationsReadSpec } from "@/lib/notifications/mark-read";
import { remindAllSpec, remindCommuneSpec } from "@/lib/notifications/remind-communes";

import { authedAction } from "./authed-action";

export const remindCommune = authedAction(remindCommuneSpec);
export const remindAll = authedAction(remindAllSpec);
export const markNotificationsRead = authedAction(markNotificationsReadSpec);
