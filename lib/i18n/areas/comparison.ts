// UI text of the changes against last month and the same month last year (the dashboard's summary
// cards and ranking; lib/coverage/comparison.ts). English has exactly the same keys (checked by the type).
export const vi = {
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

export const en: typeof vi = {
  title: "Change",
  lastMonth: "Since last month",
  lastYear: "Since the same month last year",
  points: "{points} points",
  people: "{people} people",
  pointsLabel: "Coverage rate",
  peopleLabel: "People insured",
  reason: {
    notExisting: "No comparison: the unit did not exist in {month}.",
    notReported: {
      submitted: "No comparison: no report counted in {month}.",
      approved: "No comparison: no approved report in {month}.",
    },
    notReportedNow: {
      submitted: "No comparison: no report counted this month yet.",
      approved: "No comparison: no approved report this month yet.",
    },
  },
  notExistingHint:
    "Choose “View in: Today's structure” to compare with the figures of the units before the reorganisation.",
  shortReason: {
    notExisting: "no such unit",
    notReported: { submitted: "not reported", approved: "not approved" },
    notReportedNow: { submitted: "not reported", approved: "not approved" },
  },
  provisional: "provisional",
  provisionalHint: "Reports are missing in one of the two months: the change will still move.",
};
