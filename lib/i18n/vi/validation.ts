// Validation messages: schemas in lib/validation give an issue a code ("plan.numberMissing"), and
// the action wrapper words it here in the reader's language (lib/i18n/word-issue.ts), filling
// "{name}" placeholders from the params (months and counts formatted per locale); a length
// or size limit's issue fills {min} or {max} with its own bound.
// English: lib/i18n/en/validation.ts, with the same keys (checked by its type).

export const validation = {
  common: {
    unit: "Đơn vị không hợp lệ",
    month: "Tháng phải có dạng YYYY-MM, ví dụ 2025-06",
    quarter: "Quý phải có dạng YYYY-Qn, ví dụ 2026-Q3",
    operation: "Thao tác không hợp lệ",
    id: "Mã số không hợp lệ",
  },
  signIn: {
    usernameMissing: "Vui lòng nhập tên đăng nhập",
    passwordMissing: "Vui lòng nhập mật khẩu",
    usernameTooLong: "Tên đăng nhập không được dài quá {max} ký tự",
    passwordTooLong: "Mật khẩu không được dài quá {max} ký tự",
  },
  notification: {
    notification: "Thông báo không hợp lệ",
    noneSelected: "Không có thông báo nào được chọn",
    tooMany: "Danh sách thông báo quá dài",
  },
  plan: {
    numberMissing: "Vui lòng nhập số hiệu kế hoạch (ví dụ 119/KH-UBND)",
    numberTooLong: "Số hiệu không được dài quá 60 ký tự",
    titleMissing: "Vui lòng nhập trích yếu (tên) của kế hoạch",
    titleTooLong: "Trích yếu không được dài quá 300 ký tự",
    issuerMissing: "Vui lòng nhập cơ quan ban hành (ví dụ UBND tỉnh Bạc Liêu)",
    issuerTooLong: "Cơ quan ban hành không được dài quá 200 ký tự",
    issuedOnMissing: "Vui lòng nhập ngày ban hành",
    issuedOnInvalid: "Ngày ban hành không hợp lệ",
    issuedOnFuture: "Ngày ban hành không được sau ngày hôm nay",
    scopeUnitMissing: "Vui lòng chọn đơn vị áp dụng kế hoạch",
    periodStartMissing: "Vui lòng chọn tháng bắt đầu (ví dụ 07/2021)",
    periodEndMissing: "Vui lòng chọn tháng kết thúc (ví dụ 12/2021)",
    periodEndBeforeStart: "Tháng kết thúc phải bằng hoặc sau tháng bắt đầu",
    periodTooLong: "Thời gian của kế hoạch không được quá 10 năm",
    notesTooLong: "Ghi chú không được dài quá 2.000 ký tự",
    milestonesMissing: "Cần ít nhất một mốc chỉ tiêu (tháng phải đạt chỉ tiêu)",
    tooManyMilestones: "Không được quá {max} mốc",
    milestoneMissing: "Vui lòng chọn tháng của mốc (ví dụ 12/2025)",
    milestoneOutsidePeriod: "Mốc {month} nằm ngoài thời gian của kế hoạch",
    milestoneRepeated: "Mốc {month} bị trùng",
    lastMilestoneNotEnd:
      "Mốc cuối cùng phải là tháng kết thúc của kế hoạch ({month}), để chỉ tiêu áp dụng cho cả thời gian kế hoạch",
    milestoneWithoutTarget: "Mốc {month} chưa có chỉ tiêu nào: nhập tỷ lệ hoặc số người cho ít nhất một dòng",
    agencyTooLong: "Tên cơ quan không được dài quá 200 ký tự",
    targetWithoutMilestone: "Chỉ tiêu này không thuộc mốc nào",
    rate: "Tỷ lệ phải là số lớn hơn 0 và không quá 100, tối đa 2 chữ số thập phân (ví dụ 95 hoặc 99,5)",
    count: "Số người phải là số nguyên không âm, không có phần thập phân (ví dụ 16796 hoặc 16.796)",
    comparator: "Cách so sánh phải là ≥ hoặc =",
    exactlyNeedsRate: "Chỉ tiêu “=” cần một tỷ lệ",
    schoolYearOverall: "Chỉ chỉ tiêu của một nhóm mới tính theo năm học, không phải chỉ tiêu chung",
    plan: "Kế hoạch không hợp lệ",
    version: "Phiên bản không hợp lệ",
  },
  allocation: {
    row: "Dòng chỉ tiêu không hợp lệ",
    milestone: "Mốc chỉ tiêu không hợp lệ",
    agencyWithoutTarget: "Nhập tỷ lệ hoặc số người giao cho đơn vị này, hoặc xoá tên cơ quan",
  },
  user: {
    user: "Người dùng không hợp lệ",
    username: "Tên đăng nhập gồm 3–30 ký tự: chữ thường không dấu, số, dấu chấm hoặc gạch dưới",
    passwordTooShort: "Mật khẩu phải có ít nhất {min} ký tự",
    passwordTooLong: "Mật khẩu không được dài quá {max} ký tự",
    currentPasswordMissing: "Vui lòng nhập mật khẩu hiện tại",
    confirmationMismatch: "Mật khẩu nhập lại không khớp",
    sameAsCurrent: "Mật khẩu mới phải khác mật khẩu hiện tại",
    nameMissing: "Vui lòng nhập họ và tên",
    nameTooLong: "Họ và tên không được dài quá 120 ký tự",
    roleMissing: "Vui lòng chọn vai trò",
    scopeUnitMissing: "Vui lòng chọn đơn vị phụ trách",
  },
  review: {
    report: "Báo cáo không hợp lệ",
    version: "Phiên bản báo cáo không hợp lệ",
    commentMissing: "Vui lòng nhập ý kiến gửi xã: xã cần biết phải sửa số liệu nào",
    unlockReasonMissing: "Vui lòng nhập lý do mở khoá",
    messageTooLong: "Nội dung không được dài quá 2.000 ký tự",
    lockReasonTooLong: "Lý do khoá không được dài quá {max} ký tự",
    reportList: "Danh sách báo cáo không hợp lệ",
    noReports: "Không có báo cáo nào được chọn",
    tooManyReports: "Danh sách báo cáo quá dài",
  },
  report: {
    unitCodeMissing: "Thiếu mã đơn vị",
    unitCodeInvalid: "Mã đơn vị không hợp lệ",
    version: "Phiên bản báo cáo không hợp lệ; hãy tải lại trang",
  },
  upload: {
    fileMissing: "Vui lòng chọn tệp",
    fileEmpty: "Vui lòng chọn tệp (tệp đã chọn rỗng)",
    fileTooLarge: "Tệp lớn hơn 10 MB",
  },
  reportImport: {
    fileMissing: "Vui lòng chọn tệp Excel (.xlsx) hoặc CSV",
    previewFirst: "Hãy xem trước tệp trước khi nhập",
  },
  reportingRule: {
    approverLevelMissing: "Vui lòng chọn cấp duyệt",
    deadlineDay: "Hạn nộp phải là một số từ 1 đến 28",
    deadlineDayWhole: "Hạn nộp phải là một số nguyên từ 1 đến 28",
    deadlineDayTooLate: "Hạn nộp phải là một số từ 1 đến 28 (mọi tháng đều có ngày đó)",
    opensDays: "Số ngày mở nhập trước cuối tháng phải là một số từ 0 đến 10",
    opensDaysWhole: "Số ngày mở nhập trước cuối tháng phải là một số nguyên từ 0 đến 10",
    opensDaysTooMany: "Số ngày mở nhập trước cuối tháng phải là một số từ 0 đến 10 (chỉ những ngày cuối tháng)",
    remindDays: "Số ngày nhắc trước hạn nộp phải là một số từ 0 đến 10",
    remindDaysWhole: "Số ngày nhắc trước hạn nộp phải là một số nguyên từ 0 đến 10",
    rule: "Quy định không hợp lệ",
    seen: "Quy định đã thay đổi hoặc biểu mẫu không hợp lệ; hãy tải lại trang",
  },
  groupSet: {
    setCode: "Mã danh mục chỉ gồm chữ, số, gạch nối (tối đa 20 ký tự), ví dụ 2024",
    setNameMissing: "Vui lòng nhập tên danh mục",
    legalBasisMissing: "Vui lòng nhập căn cứ pháp lý",
    tooLong: "Nội dung quá dài (tối đa {max} ký tự)",
    noGroups: "Danh mục phải có ít nhất một nhóm",
    groupCodeMissing: "Dòng {row}: vui lòng nhập mã nhóm",
    groupCode: "Dòng {row}: mã nhóm chỉ gồm chữ, số và dấu chấm (tối đa 10 ký tự)",
    codeTwice: "Dòng {row}: mã nhóm trùng với một dòng khác",
    ordinal: "Dòng {row}: thứ tự phải là một số nguyên từ 1 đến 99",
    groupNameMissing: "Dòng {row}: vui lòng nhập tên nhóm",
    shortNameMissing: "Dòng {row}: vui lòng nhập tên ngắn",
    continues: "Dòng {row}: nhóm kế thừa không hợp lệ",
  },
};

type Catalogue = typeof validation;

/** An issue code: an area of the catalogue and a message in it, e.g. "plan.numberMissing". */
export type ValidationCode = {
  [Area in keyof Catalogue]: `${Area}.${keyof Catalogue[Area] & string}`;
}[keyof Catalogue];
