// Text of the monthly report as a PDF (lib/monthly-report/) and of the button that downloads it.
// English: lib/i18n/en/report-pdf.ts, with the same keys (checked by its type).

export const reportPdf = {
  download: "Tải báo cáo PDF",
  downloadHint: "Báo cáo tháng của đơn vị dạng PDF (khổ A4), theo tháng, cơ cấu và loại số liệu đang chọn",
  downloadQuarter: "Báo cáo quý {quarter}/{year} (PDF)",
  downloadQuarterHint: "Báo cáo quý dạng PDF: số liệu cuối quý và diễn biến từng tháng trong quý",
  badMonth: "Không tạo được báo cáo: tháng “{month}” không hợp lệ hoặc chưa có số liệu.",
  badQuarter: "Không tạo được báo cáo: quý “{quarter}” không hợp lệ, chưa kết thúc hoặc chưa có số liệu.",
  nation: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  unitCode: "Mã đơn vị: {code}",
  dateLine: "Ngày {day} tháng {month} năm {year}",
  title: "BÁO CÁO TÌNH HÌNH THAM GIA BẢO HIỂM Y TẾ",
  subtitle: "{unit} · {month}",
  quarterSubtitle: "{unit} · quý {quarter}/{year} (số liệu cuối quý: {month})",
  stamp: { provisional: "SỐ LIỆU TẠM THỜI", approved: "SỐ LIỆU ĐÃ DUYỆT" },
  stampHint: {
    provisional: "{approved}/{total} đơn vị cơ sở có báo cáo đã duyệt: số liệu còn có thể thay đổi.",
    approved: "Tất cả {total} đơn vị cơ sở có báo cáo đã duyệt.",
  },
  basis: {
    submitted: "Số liệu: đã nộp (báo cáo đã nộp, đã duyệt và đã khoá)",
    approved: "Số liệu: đã duyệt (chỉ báo cáo đã duyệt và đã khoá)",
  },
  structure: { month: "Theo cơ cấu hành chính của tháng", current: "Theo cơ cấu hành chính hiện nay" },
  footer: {
    source: "Nguồn: báo cáo tháng của các đơn vị cơ sở, Hệ thống theo dõi bao phủ BHYT",
    printed: "In lúc {time} bởi {account}",
    page: "Trang {page}/{pages}",
  },
  summary: {
    title: "Tổng hợp",
    measure: "Chỉ số",
    value: "Giá trị",
    target: "Chỉ tiêu áp dụng",
    status: "Tình trạng",
    noFigures: "Chưa có số liệu của đơn vị trong tháng này.",
  },
  groups: { title: "Theo nhóm đối tượng", agency: "Cơ quan chịu trách nhiệm" },
  trend: {
    title: "Diễn biến tỷ lệ bao phủ",
    legendRate: "Tỷ lệ bao phủ",
    legendTarget: "Chỉ tiêu",
    quarterMonths: "Các tháng trong quý",
    newlyEnrolled: "Tham gia mới",
    renewed: "Tái tục",
  },
  lastYear: {
    title: "So với cùng kỳ năm trước",
    measure: "Chỉ số",
    change: "Thay đổi",
    noFigures: "Không có số liệu của đơn vị trong {month} để so sánh.",
  },
  completeness: {
    title: "Tiến độ báo cáo",
    total: "Số đơn vị cơ sở",
    own: "Báo cáo của đơn vị",
  },
  plan: {
    title: "Theo kế hoạch {plan}",
    measure: "Chỉ tiêu",
    target: "Mức giao",
    now: "Thực tế {month}",
    atMilestone: "Tại mốc",
    overall: "Tỷ lệ bao phủ BHYT",
  },
  map: {
    title: "Bản đồ tỷ lệ bao phủ",
    noBoundaries:
      "Chưa có ranh giới của các đơn vị trực thuộc nên chưa vẽ được bản đồ; quản trị viên có thể nhập ranh giới (GeoJSON) tại “Nhập danh mục đơn vị”, mục 4.",
    tilesNote:
      "Mỗi ô là một tỉnh, thành phố, đặt theo vị trí tương đối, không theo ranh giới. Quần đảo Hoàng Sa (thành phố Đà Nẵng) và quần đảo Trường Sa (tỉnh Khánh Hoà) là của Việt Nam. Số liệu từng đơn vị ở bảng xếp hạng.",
    boundariesNote: "Ranh giới do quản trị viên nhập. Số liệu từng đơn vị ở bảng xếp hạng.",
    unplaced: "Chưa có ô trên bản đồ: {units}.",
    withoutShape: "Chưa có ranh giới: {units}.",
  },
  ranking: { title: "Xếp hạng đơn vị trực thuộc", none: "Đơn vị này không có đơn vị trực thuộc." },
  rural: {
    title: "Xã dưới ngưỡng nông thôn mới ({rate})",
    basis: "Tiêu chí BHYT của xã nông thôn mới theo {basis}.",
    none: "Không có xã nào dưới ngưỡng.",
    noThreshold: "Chưa có ngưỡng nông thôn mới áp dụng cho tháng này.",
    unit: "Xã",
    parent: "Thuộc",
    needed: "Cần thêm (người)",
  },
};
