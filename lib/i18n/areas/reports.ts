// UI text for monthly reports: data entry, review, import and export. English has exactly the same
// keys (checked by the type).
export const vi = {
  fields: {
    population: "Dân số",
    voluntarySocialInsured: "BHXH tự nguyện: số người tham gia",
    voluntarySocialAssigned: "BHXH tự nguyện: số được giao",
    group: "Nhóm {group}",
    insured: "Số người có thẻ",
    eligible: "Số người thuộc diện",
    newlyEnrolled: "Tham gia mới",
    renewed: "Tái tục",
  },
  issues: {
    required: "{field}: chưa nhập. Nhập một số nguyên không âm (0 nếu không có).",
    notWholeNumber: "{field}: phải là số nguyên, không có phần thập phân hay chữ (ví dụ 16984 hoặc 16.984).",
    negative: "{field}: không được là số âm.",
    tooLarge: "{field}: lớn hơn {max}, hãy kiểm tra lại số đã nhập.",
    enrolledAboveInsured:
      "{field}: tham gia mới và tái tục ({enrolled}) nhiều hơn số người có thẻ cuối tháng ({insured}). Sửa một trong các số này.",
  },
  warnings: {
    jump: "{field}: {value} khác thường so với 12 tháng gần nhất (tháng trước {previous}). Kiểm tra lại hoặc xác nhận kèm lý do.",
    rateAbove100: "{field}: số có thẻ ({insured}) lớn hơn mẫu số ({denominator}), tỷ lệ trên 100%. Xác nhận kèm lý do nếu đúng.",
    groupEmpty: "{field}: nhóm {group} để trống toàn bộ (0). Xác nhận kèm lý do nếu xã không có đối tượng này.",
    growthAboveEnrolled:
      "{field}: số có thẻ nhóm {group} tăng {growth} người nhưng chỉ có {enrolled} lượt tham gia mới và tái tục. Xác nhận kèm lý do (ví dụ chuyển đến).",
  },
};

export const en: typeof vi = {
  fields: {
    population: "Population",
    voluntarySocialInsured: "Voluntary social insurance: participants",
    voluntarySocialAssigned: "Voluntary social insurance: assigned number",
    group: "Group {group}",
    insured: "People insured",
    eligible: "People eligible",
    newlyEnrolled: "New enrollments",
    renewed: "Renewals",
  },
  issues: {
    required: "{field}: missing. Enter a whole number, 0 or more (0 if none).",
    notWholeNumber: "{field}: must be a whole number, without decimals or letters (e.g. 16984 or 16.984).",
    negative: "{field}: cannot be negative.",
    tooLarge: "{field}: larger than {max}; please check the number.",
    enrolledAboveInsured:
      "{field}: new enrollments and renewals ({enrolled}) exceed the people insured at month end ({insured}). Correct one of them.",
  },
  warnings: {
    jump: "{field}: {value} is unusual against the last 12 months (last month {previous}). Check it, or confirm with a reason.",
    rateAbove100: "{field}: people insured ({insured}) exceed the denominator ({denominator}), a rate above 100%. Confirm with a reason if correct.",
    groupEmpty: "{field}: group {group} is entirely empty (0). Confirm with a reason if the commune has no such people.",
    growthAboveEnrolled:
      "{field}: people insured in group {group} grew by {growth} but there were only {enrolled} new enrollments and renewals. Confirm with a reason (e.g. people moving in).",
  },
};
