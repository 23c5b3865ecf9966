// Text of the report workbooks (import template and export, lib/reports/file/report-workbook.ts),
// written in the language of the user who downloads them. Column headers are in
// lib/reports/file/columns.ts, which reads both languages back.
// English: lib/i18n/en/report-workbook.ts, with the same keys (checked by its type).

export const reportWorkbook = {
  creator: "Bao phủ BHYT",
  fileNames: { template: "mau-nhap-bhyt", export: "so-lieu-bhyt" },
  sheets: { data: "Số liệu", lastMonth: "Tháng trước", summary: "Tổng hợp", instructions: "Hướng dẫn" },
  group: "Nhóm {code}",
  groupOfSet: "{set} · {group}",
  summary: {
    note: "Tỷ lệ bao phủ = tổng số người có thẻ ÷ tổng dân số (nhóm: ÷ tổng số thuộc diện) của các đơn vị đã báo cáo; BHXH tự nguyện: đạt % chỉ tiêu giao = số tham gia ÷ số được giao. Chưa có thẻ BHYT = dân số − số người có thẻ (nhóm: số thuộc diện − số có thẻ), tính trên tổng của các đơn vị đã báo cáo; bằng 0 khi số có thẻ vượt dân số (tỷ lệ trên 100%: kiểm tra dân số).",
    month: "Tháng",
    baseUnits: "Đơn vị cơ sở",
    reporting: "Đã báo cáo",
    population: "Dân số",
    insured: "Có thẻ BHYT",
    coverage: "Tỷ lệ bao phủ",
    notYetInsured: "Chưa có thẻ BHYT",
    newlyEnrolled: "Tham gia mới",
    renewed: "Tái tục",
    groupInsured: "Có thẻ",
    groupEligible: "Thuộc diện",
    groupCoverage: "Tỷ lệ bao phủ",
    groupNotYetInsured: "Chưa có thẻ",
    voluntaryInsured: "BHXH tự nguyện: tham gia",
    voluntaryAssigned: "BHXH tự nguyện: được giao",
    voluntaryAttainment: "BHXH tự nguyện: đạt % chỉ tiêu giao",
  },
  instructions: {
    title: "Hướng dẫn nhập số liệu BHYT từ tệp",
    lines: [
      '1. Mỗi dòng của trang "{dataSheet}" là báo cáo của một đơn vị cơ sở (xã, phường, thị trấn, đặc khu) trong một tháng. Không đổi tên, không xoá các cột tiêu đề.',
      "2. Mã đơn vị: mã hành chính của xã (5 chữ số, ví dụ 07765). Giữ nguyên các số 0 ở đầu.",
      "3. Tên đơn vị và Trạng thái chỉ để tham khảo: hệ thống không đọc hai cột này.",
      "4. Tháng: ghi dạng năm-tháng, ví dụ 2025-06 (cũng nhận 6/2025). Không nhập tháng sau tháng hiện tại.",
      "5. Các cột số: số nguyên không âm, không có phần thập phân; có thể ghi 16984 hoặc 16.984.",
      "6. Dân số và bốn cột của mỗi nhóm (Có thẻ, Thuộc diện, Tham gia mới, Tái tục) là bắt buộc; hai cột BHXH tự nguyện có thể để trống.",
      "7. Tham gia mới cộng Tái tục của một nhóm không được lớn hơn số Có thẻ của nhóm đó.",
      "8. Dòng để trống tất cả các cột số sẽ được bỏ qua: chỉ cần điền các đơn vị đã có số liệu.",
      "9. Báo cáo đã được duyệt hoặc đã khoá không thay đổi được bằng nhập tệp; dòng giữ nguyên số liệu của báo cáo đó không bị coi là lỗi.",
      "10. Khi tải tệp lên, hệ thống kiểm tra toàn bộ tệp và liệt kê mọi lỗi kèm số dòng và cột. Nếu có lỗi, không có gì được ghi. Nếu không có lỗi, bạn xem trước các thay đổi rồi mới xác nhận nhập.",
      "11. Báo cáo mới hoặc thay đổi được gửi duyệt dưới tên người nhập. Nhập lại cùng một tệp không thay đổi gì.",
      "12. Có thể lưu tệp dạng CSV (UTF-8) với cùng các cột. Mỗi tệp tối đa {maxRows} dòng và {maxMb} MB.",
    ],
    lastMonth: '13. Trang "{sheet}" có số liệu tháng trước để tham khảo; hệ thống không đọc trang đó.',
    groups: "Các nhóm đối tượng:",
    groupSetColumn:
      "Các tháng của tệp thuộc hai danh mục nhóm đối tượng trở lên, và một mã nhóm có thể chỉ hai nhóm khác nhau: cột Danh mục nhóm cho biết các cột nhóm của dòng thuộc danh mục nào (danh mục áp dụng trong tháng của dòng). Cột này chỉ để tham khảo.",
    setFrom: "{set} (từ {from}):",
    setBetween: "{set} ({from} – {to}):",
  },
};
