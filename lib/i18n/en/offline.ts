// The English words of lib/i18n/vi/offline.ts: the same keys (checked by the type).
import type { offline as vi } from "../vi/offline";

export const offline: typeof vi = {
  offline: "Offline",
  offlineHint:
    "You can still open and fill in the reports of the months to report; saves are kept on this device and sent when you are back online.",
  waiting: "{count} waiting to send",
  waitingShort: "{count} to send",
  toReview: "{count} to look at",
  sending: "Sending…",
  sent: "Sent {count} saved while offline.",
  listTitle: "Reports saved on this device",
  itemWaiting: "waiting to send",
  itemConflict: "someone else changed the report: open it to see both versions",
  itemRefused: "not accepted by the server: open it to correct",
  itemLabel: "{unit} · {month}",
  savedAt: "saved at {at}",
  form: {
    queued:
      "Saved on this device at {at}, not sent yet. It is sent by itself when you are back online; do not clear the browser's data.",
    queuedSubmit:
      "Saved on this device at {at}, not sent yet. Once you are back online it is submitted for review by itself; do not clear the browser's data.",
    notKept:
      "You are offline and the browser does not allow saving on this device: the figures are not saved. Keep this page open and save again once you are back online.",
    sendingQueued: "Back online: sending the report saved on this device…",
    offlineNotice:
      "You are offline. You can still fill in and save: the figures are kept on this device and sent when you are back online.",
  },
};
