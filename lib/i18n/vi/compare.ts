// UI text of the comparison view: two months of a unit and its children side by side
// (app/(dashboard)/coverage/[unitCode]/compare).
// English: lib/i18n/en/compare.ts, with the same keys (checked by its type).

export const compare = {
  open: "So sánh hai tháng",
  openHint: "Đặt hai tháng cạnh nhau cho đơn vị này và các đơn vị trực thuộc",
  title: "So sánh {from} với {to}",
  from: "Tháng so sánh",
  to: "Với tháng",
  submit: "So sánh",
  back: "Về trang tổng quan",
  structure: {
    month: "Đơn vị theo cơ cấu hành chính của {month}; tháng trước đó tính theo cơ cấu của chính tháng đó.",
    current:
      "Cả hai tháng theo cơ cấu hành chính hiện nay: tháng trước khi sắp xếp là số liệu của các đơn vị tiền thân chuyển sang.",
  },
  unit: "Đơn vị",
  rate: "Tỷ lệ bao phủ",
  insured: "Số người có thẻ",
  change: "Thay đổi",
  caption: "Tỷ lệ bao phủ và số người có thẻ BHYT: {from} và {to}",
  children: "Đơn vị trực thuộc",
};
