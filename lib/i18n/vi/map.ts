// UI text of the national dashboard's tile map of provinces (components/dashboard/coverage-map.tsx,
// province-tile-map.tsx). English: lib/i18n/en/map.ts, with the same keys (checked by its type).

export const map = {
  title: "Bản đồ tỷ lệ bao phủ theo tỉnh, thành phố",
  description:
    "Mỗi ô là một tỉnh, thành phố, đặt ở vị trí địa lý gần đúng (không vẽ ranh giới). Di chuột, chọn bằng bàn phím hoặc chạm vào ô để xem số liệu; bấm vào ô để xem chi tiết tỉnh.",
  colouring: { label: "Tô màu theo", coverage: "Tỷ lệ bao phủ", status: "So với chỉ tiêu" },
  legend: "Chú giải",
  band: { below: "dưới {to}", between: "{from} – dưới {to}", from: "từ {from}" },
  // The province in brackets stays on one line (\u00a0).
  islands: { hoangSa: "QĐ. Hoàng Sa (Đà\u00a0Nẵng)", truongSa: "QĐ. Trường Sa (Khánh\u00a0Hoà)" },
  drillDown: "Xem chi tiết {name}",
  tapHint: "Trên điện thoại: chạm một lần để xem số liệu, chạm lần nữa để mở tỉnh.",
  reporting: "{reporting}/{total} đơn vị cơ sở đã báo cáo",
  fallback: "Số liệu của bản đồ ở dạng bảng:",
  fallbackLink: "bảng xếp hạng đơn vị trực thuộc",
  unplaced: "Chưa có vị trí trên bản đồ:",
  emptyCells: "Ô xám nhạt không có tên: tỉnh, thành phố của cơ cấu này chưa có trong danh mục đơn vị.",
  skip: "Bỏ qua bản đồ",
  close: "Đóng",
};
