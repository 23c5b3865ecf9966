// The application's name, the navigation, and what every action and table says.
// English: lib/i18n/en/app.ts, with the same keys (checked by its type).

export const app = {
  title: "Bao phủ BHYT",
  subtitle: "Theo dõi tỷ lệ bao phủ bảo hiểm y tế",
  language: "Ngôn ngữ",
};

export const nav = {
  main: "Điều hướng chính",
  dashboard: "Tổng quan",
  report: "Báo cáo tháng",
  review: "Duyệt báo cáo",
  plans: "Kế hoạch",
  import: "Nhập số liệu",
  export: "Xuất số liệu",
  more: "Thêm",
  admin: "Quản trị",
};

export const table = {
  showData: "Xem bảng số liệu",
};

export const actions = {
  invalidInput: "Vui lòng kiểm tra lại các trường được đánh dấu.",
  refused: "Không tìm thấy đối tượng hoặc bạn không có quyền thực hiện thao tác này.",
  failed: "Không lưu được thay đổi do lỗi hệ thống. Vui lòng thử lại.",
  saved: "Đã lưu.",
};
