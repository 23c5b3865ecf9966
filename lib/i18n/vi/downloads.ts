// UI text of downloads: a chart as a picture (PNG, SVG) or its figures as a workbook, and the
// workbooks of the comparison view and the plan view.
// English: lib/i18n/en/downloads.ts, with the same keys (checked by its type).

export const downloads = {
  menu: "Tải về",
  notFound: "Không tìm thấy, hoặc bạn không có quyền tải tệp này.",
  menuHint: "Tải biểu đồ dưới dạng ảnh hoặc số liệu dưới dạng Excel",
  png: "Ảnh PNG",
  svg: "Ảnh SVG",
  excel: "Số liệu Excel",
  failed: "Không tạo được ảnh biểu đồ. Vui lòng thử lại.",
  export: "Tải Excel",
  exportHint: "Tải các số liệu của trang này dưới dạng tệp Excel",
  badMonth: "Tháng “{month}” không hợp lệ hoặc chưa có số liệu.",
  badChart: "Không có biểu đồ “{chart}”.",
  generated: "Lập lúc {date} từ hệ thống {app}.",
  unitMonth: "{unit} (mã {code}) · {month}",
  trendNote: "Tỷ lệ bao phủ = số người có thẻ ÷ dân số; chỉ tiêu áp dụng từng tháng.",
  groupsNote: "Tỷ lệ = số có thẻ ÷ số thuộc diện tham gia; chênh lệch tính theo điểm phần trăm.",
  sheets: {
    trend: "Diễn biến",
    groups: "Nhóm đối tượng",
    compare: "So sánh",
    summary: "Tổng hợp",
    ranking: "Xếp hạng",
  },
  compareNote: "Thay đổi = {to} − {from}; tỷ lệ tính từ tổng số người có thẻ và tổng dân số.",
  fromTo: "{figure} {month}",
  changeRate: "Thay đổi tỷ lệ (điểm %)",
  changeInsured: "Thay đổi số người có thẻ",
  population: "Dân số",
  reportingUnits: "Đơn vị cơ sở có báo cáo",
  baseUnits: "Số đơn vị cơ sở",
  groupName: "Tên nhóm",
  whole: "Toàn đơn vị",
};
