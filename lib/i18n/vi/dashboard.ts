// The unit dashboard: its header, cards, participant groups, trend and statuses.
// English: lib/i18n/en/dashboard.ts, with the same keys (checked by its type).
import { ERROR_PAGE } from "../error-page";

export const dashboard = {
  month: "Tháng",
  previousMonth: "Tháng trước",
  breadcrumb: "Đường dẫn đơn vị",
  nextMonth: "Tháng sau",
  structureBefore: "Cơ cấu hành chính trước 1/7/2025 (tỉnh – huyện – xã)",
  structureAfter: "Cơ cấu hành chính từ 1/7/2025 (tỉnh – xã)",
  noData: "Chưa có số liệu cho đơn vị này trong tháng đã chọn.",
  unitNotValid: "Đơn vị mã {code} không tồn tại trong {month}.",
  unitValidIn: "Mã này thuộc về:",
  notFoundTitle: "Không tìm thấy đơn vị",
  backToCountry: ERROR_PAGE.vi.back,
  pageNotFoundTitle: "Không tìm thấy trang",
  pageNotFoundBody: "Địa chỉ này không có, hoặc bạn không có quyền xem trang này.",
  reporting: {
    submitted: "Đã nộp: {reporting}/{total} đơn vị cơ sở",
    approved: "Đã duyệt: {reporting}/{total} đơn vị cơ sở",
  },
  basis: {
    label: "Số liệu",
    submitted: "đã nộp",
    approved: "đã duyệt",
    submittedHint: "Tính các báo cáo đã nộp, đã duyệt và đã khoá; không tính bản nháp và báo cáo bị trả lại.",
    approvedHint: "Chỉ tính các báo cáo đã được duyệt hoặc đã khoá.",
  },
  provisional: {
    title: "Số liệu tạm thời",
    reported: {
      submitted: "{reporting}/{total} đơn vị cơ sở đã nộp báo cáo {month}.",
      approved: "{reporting}/{total} đơn vị cơ sở có báo cáo {month} đã được duyệt.",
    },
    collecting: {
      submitted: "Hạn nộp: hết ngày {date}. Số liệu sẽ còn thay đổi khi các đơn vị còn lại nộp báo cáo.",
      approved: "Hạn nộp: hết ngày {date}. Số liệu sẽ còn thay đổi khi các báo cáo còn lại được duyệt.",
    },
    overdue: {
      submitted: "Đã quá hạn nộp (hết ngày {date}): số liệu chưa gồm {missing} đơn vị còn thiếu.",
      approved: "Đã quá hạn nộp (hết ngày {date}): số liệu chưa gồm {missing} đơn vị chưa có báo cáo được duyệt.",
    },
    noDeadline: {
      submitted: "Số liệu chưa gồm {missing} đơn vị còn thiếu.",
      approved: "Số liệu chưa gồm {missing} đơn vị chưa có báo cáo được duyệt.",
    },
    marked: "Các chỉ số ghi “tạm thời” chỉ tính các đơn vị đã có số liệu và sẽ còn thay đổi.",
  },
};

export const cards = {
  coverageRate: "Tỷ lệ bao phủ BHYT",
  coverageRateHint: "Số người có thẻ ÷ dân số",
  insured: "Số người tham gia BHYT",
  insuredHint: "{newlyEnrolled} tham gia mới, {renewed} tái tục trong tháng",
  population: "Dân số",
  gap: "Số người cần vận động thêm",
  gapHint: "Để đạt chỉ tiêu {target}",
  gapReached: "Đã đạt chỉ tiêu {target}",
  uninsured: "Số người chưa có thẻ BHYT",
  uninsuredHint: "Dân số − số người có thẻ",
  uninsuredOver: "Số người có thẻ nhiều hơn dân số",
  coverageRateReported: "Tỷ lệ bao phủ (dân số báo cáo)",
  officialRate: "Tỷ lệ bao phủ (dân số chính thức)",
  officialRateHint:
    "Số có thẻ ÷ dân số chính thức năm {year} (Tổng cục Thống kê): {population}. Dân số các xã báo cáo: {reported}.",
  points: "So với chỉ tiêu",
  pointsUnit: "điểm %",
  noTarget: "Chưa có chỉ tiêu áp dụng",
  targetFrom: "Chỉ tiêu {target} theo {plan} (hạn {due})",
  inheritedFrom: "kế thừa từ đơn vị cấp trên",
  attainment: "Đạt chỉ tiêu giao (số người)",
  attainmentHint: "{reached} / {assigned} người được giao",
  voluntary: "BHXH tự nguyện: đạt chỉ tiêu giao",
  voluntaryHint: "{reached} / {assigned} người được giao",
  provisional: "Tạm thời",
  provisionalHint: "Mới có {reporting}/{total} đơn vị cơ sở báo cáo: con số sẽ còn thay đổi.",
};

export const groups = {
  title: "Tỷ lệ bao phủ theo nhóm đối tượng",
  description:
    "Cột: tỷ lệ thực tế (số có thẻ ÷ số thuộc diện tham gia). Vạch: chỉ tiêu của kế hoạch. Số trên cột: chênh lệch so với chỉ tiêu (điểm %). Trục dọc bắt đầu từ mức ghi ở chân trục để thấy rõ chênh lệch.",
  group: "Nhóm",
  actual: "Thực tế",
  target: "Chỉ tiêu",
  points: "Chênh lệch (điểm %)",
  insured: "Có thẻ",
  eligible: "Thuộc diện",
  gap: "Cần vận động",
  uninsured: "Chưa có thẻ",
  uninsuredNote:
    "“Chưa có thẻ” = số thuộc diện − số có thẻ (0 nếu vượt 100%); “Cần vận động” = số người còn thiếu để đạt chỉ tiêu.",
};

export const trend = {
  title: "Diễn biến tỷ lệ bao phủ theo tháng",
  description: "Tỷ lệ bao phủ toàn đơn vị và chỉ tiêu áp dụng từng tháng.",
  rate: "Tỷ lệ bao phủ",
  target: "Chỉ tiêu",
  reorganisation: "Sắp xếp ĐVHC 1/7/2025",
  noReports: "không có báo cáo",
};

export const status = {
  met: "Đạt chỉ tiêu",
  near: "Gần đạt",
  behind: "Chưa đạt",
  noTarget: "Chưa có chỉ tiêu",
  noData: "Chưa có số liệu",
  overHundred: "trên 100%",
  overHundredHint:
    "Tỷ lệ trên 100%: số người có thẻ nhiều hơn dân số hoặc số người thuộc diện tham gia (thường là số ước tính). Nên kiểm tra lại các số này.",
};
