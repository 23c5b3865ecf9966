// UI text for notifications and reminders: the messages a commune receives (rendered from their
// kind and data), the notification list and banner, and the reminders on the review page.
// English: lib/i18n/en/notifications.ts, with the same keys (checked by its type).
import type { NotificationKind } from "@prisma/client";

export const notifications = {
  title: "Thông báo",
  description: "Lời nhắc nộp báo cáo và kết quả duyệt báo cáo của đơn vị bạn, mới nhất trước.",
  empty: "Chưa có thông báo nào.",
  unread: "Mới",
  readAt: "Đã đọc",
  automatic: "Gửi tự động",
  from: "Người gửi: {name}",
  openReport: "Mở báo cáo",
  markAllRead: "Đánh dấu tất cả đã đọc",
  marking: "Đang lưu…",
  markedRead: "Đã đánh dấu {count} thông báo là đã đọc.",
  alreadyRead: "Các thông báo này đã được đánh dấu đã đọc.",
  banner: {
    title: "Bạn có {count} thông báo mới",
    more: "Còn {count} thông báo khác trong danh sách.",
    all: "Xem tất cả thông báo",
    dismiss: "Đã xem",
  },
  kinds: {
    DEADLINE_SOON: "Sắp đến hạn nộp",
    OVERDUE: "Quá hạn nộp",
    REMINDER: "Nhắc nộp báo cáo",
    REPORT_RETURNED: "Báo cáo bị trả lại",
    REPORT_APPROVED: "Báo cáo đã được duyệt",
    REPORT_UNLOCKED: "Báo cáo được mở khoá",
  } satisfies Record<NotificationKind, string>,
  texts: {
    DEADLINE_SOON: "Báo cáo {month} của {unit} phải nộp trước hết ngày {deadline}. Vui lòng nhập và gửi báo cáo.",
    OVERDUE: "Báo cáo {month} của {unit} đã quá hạn nộp (hết ngày {deadline}). Vui lòng gửi báo cáo ngay.",
    REMINDER: "{sender} nhắc: báo cáo {month} của {unit} chưa được gửi. Hạn nộp: hết ngày {deadline}.",
    REPORT_RETURNED: "Báo cáo {month} của {unit} bị trả lại để sửa. Ý kiến: {comment}",
    REPORT_APPROVED: "Báo cáo {month} của {unit} đã được duyệt.",
    REPORT_UNLOCKED: "Báo cáo {month} của {unit} được mở khoá để sửa. Lý do: {comment}",
  } satisfies Record<NotificationKind, string>,
  review: {
    contacts: "Tài khoản phụ trách",
    noContacts: "Xã chưa có tài khoản cán bộ đang hoạt động.",
    noPhone: "chưa có số điện thoại",
    call: "Gọi {name}: {phone}",
    remind: "Nhắc nộp báo cáo",
    reminding: "Đang gửi…",
    remindedToday: "Đã nhắc hôm nay lúc {time}",
    lastReminder: "Nhắc gần nhất: {time}",
    remindAll: "Nhắc tất cả xã chưa nộp ({count})",
    remindAllHint:
      "Gửi lời nhắc đến tài khoản của từng xã chưa nộp báo cáo {month} (chưa nhập, bản nháp hoặc bị trả lại). Xã đã được nhắc hôm nay không bị nhắc lại.",
    remindAllConfirm: "Gửi lời nhắc đến {count} xã",
    reminded: "Đã nhắc {unit} nộp báo cáo {month} ({count} tài khoản).",
    alreadyRemindedToday: "{unit} đã được nhắc nộp báo cáo {month} hôm nay: không gửi lại.",
    noAccount: "{unit} chưa có tài khoản cán bộ xã đang hoạt động: không có ai để nhắc.",
    alreadySubmitted: "{unit} đã gửi báo cáo {month}: không cần nhắc.",
    notOpen: "Tháng {month} chưa mở nhập: chưa nhắc được.",
    remindedMany: "Đã nhắc {count} xã nộp báo cáo {month}.",
    skippedToday: "{count} xã đã được nhắc hôm nay.",
    skippedNoAccount: "{count} xã chưa có tài khoản.",
    nobodyToRemind: "Không còn xã nào cần nhắc hôm nay.",
  },
};
