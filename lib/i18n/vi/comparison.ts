// UI text of the changes against last month and the same month last year (the dashboard's summary
// cards and ranking; lib/coverage/comparison.ts).
// English: lib/i18n/en/comparison.ts, with the same keys (checked by its type).

export const comparison = {
  title: "Thay đổi",
  lastMonth: "So với tháng trước",
  lastYear: "So với cùng kỳ năm trước",
  points: "{points} điểm",
  people: "{people} người",
  pointsLabel: "Tỷ lệ bao phủ",
  peopleLabel: "Số người có thẻ",
  reason: {
    notExisting: "Không so sánh được: đơn vị chưa có trong {month}.",
    notReported: {
      submitted: "Không so sánh được: chưa có báo cáo nào được tính trong {month}.",
      approved: "Không so sánh được: chưa có báo cáo nào được duyệt trong {month}.",
    },
    notReportedNow: {
      submitted: "Không so sánh được: tháng này chưa có báo cáo nào được tính.",
      approved: "Không so sánh được: tháng này chưa có báo cáo nào được duyệt.",
    },
  },
  notExistingHint: "Chọn “Xem theo: Cơ cấu hiện nay” để so sánh với số liệu của các đơn vị trước khi sắp xếp.",
  shortReason: {
    notExisting: "chưa có đơn vị",
    notReported: { submitted: "chưa báo cáo", approved: "chưa duyệt" },
    notReportedNow: { submitted: "chưa báo cáo", approved: "chưa duyệt" },
  },
  provisional: "tạm thời",
  provisionalHint: "Một trong hai tháng còn thiếu báo cáo: mức thay đổi sẽ còn thay đổi.",
};
