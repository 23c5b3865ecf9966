// UI text for working without a connection: the connection status in the header, the saves waiting
// to be sent, and the report form's messages when a save is kept on the device.
// English: lib/i18n/en/offline.ts, with the same keys (checked by its type).

export const offline = {
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
