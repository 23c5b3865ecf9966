// UI text for working without a connection: the connection status in the header, the saves waiting
// to be sent, and the report form's messages when a save is kept on the device.
// English has exactly the same keys (checked by the type).

export const vi = {
  offline: "Mất kết nối",
  offlineHint:
    "Bạn vẫn có thể mở và nhập báo cáo của các tháng cần báo cáo; khi lưu, số liệu được giữ trên máy và tự gửi khi có mạng.",
  waiting: "{count} bản chờ gửi",
  waitingShort: "{count} chờ gửi",
  toReview: "{count} bản cần xem lại",
  sending: "Đang gửi…",
  sent: "Đã gửi {count} bản lưu khi mất kết nối.",
  listTitle: "Báo cáo lưu trên máy này",
  itemWaiting: "chờ gửi",
  itemConflict: "người khác đã sửa báo cáo: mở để xem hai bản",
  itemRefused: "máy chủ chưa nhận: mở để sửa",
  itemLabel: "{unit} · {month}",
  savedAt: "lưu lúc {at}",
  form: {
    queued: "Đã lưu trên máy này lúc {at}, chưa gửi. Báo cáo sẽ tự gửi khi có mạng; đừng xoá dữ liệu trình duyệt.",
    queuedSubmit:
      "Đã lưu trên máy này lúc {at}, chưa gửi. Khi có mạng, báo cáo sẽ tự gửi để xét duyệt; đừng xoá dữ liệu trình duyệt.",
    notKept:
      "Mất kết nối và trình duyệt không cho lưu trên máy: số liệu chưa được lưu. Hãy giữ trang này mở và lưu lại khi có mạng.",
    sendingQueued: "Đã có mạng: đang gửi bản đã lưu trên máy…",
    offlineNotice: "Mất kết nối. Bạn vẫn nhập và lưu được: số liệu được giữ trên máy này và tự gửi khi có mạng.",
  },
};

export const en: typeof vi = {
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
