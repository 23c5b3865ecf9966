// The sets of participant groups by law period: the admin page (app/admin/group-sets) and its action.

export const groupSets = {
  title: "Danh mục nhóm đối tượng",
  menu: "Nhóm đối tượng",
  description:
    "Mỗi danh mục áp dụng từ một tháng đến hết ngày trước khi danh mục kế tiếp có hiệu lực. Biểu mẫu, nhập tệp, mẫu tệp, xuất tệp, chỉ tiêu và cảnh báo của một tháng theo danh mục áp dụng trong tháng đó.",
  mappingHint:
    "So sánh qua mốc chuyển danh mục ghép nhóm mới với (tổng) các nhóm cũ mà nó kế tiếp, không ghép theo mã. Nhóm không kế tiếp nhóm nào thì không có số liệu so sánh trước mốc.",
  from: "Từ {date}",
  until: "đến hết {date}",
  onwards: "trở đi",
  inForce: "đang áp dụng",
  groups: "Các nhóm",
  continues: "Kế tiếp",
  continuesNone: "không kế tiếp nhóm nào",
  addTitle: "Thêm danh mục mới",
  validFrom: "Áp dụng từ tháng",
  validFromHint: "Danh mục trước kết thúc vào ngày cuối của tháng trước đó.",
  setCode: "Mã danh mục",
  setName: "Tên danh mục",
  legalBasis: "Căn cứ pháp lý",
  row: "Dòng {row}",
  code: "Mã nhóm",
  ordinal: "Thứ tự",
  name: "Tên nhóm (tiếng Việt)",
  shortName: "Tên ngắn (tiếng Việt)",
  nameEn: "Tên nhóm (tiếng Anh)",
  shortNameEn: "Tên ngắn (tiếng Anh)",
  continuesLegend: "Kế tiếp nhóm nào của danh mục trước",
  addRow: "Thêm dòng",
  create: "Thêm danh mục",
  created: "Đã thêm danh mục {code} áp dụng từ {month}.",
  notAfterLast: "Danh mục mới phải áp dụng sau tháng bắt đầu của danh mục gần nhất ({month}).",
  codeTaken: "Mã danh mục này đã có.",
  reportedAfter:
    "Đã có {count} báo cáo theo danh mục {code} từ {month} trở đi. Hãy chọn tháng sau tháng cuối có báo cáo ({last}), hoặc nhập lại các báo cáo đó sau khi thêm danh mục.",
  unknownPredecessor: "Dòng {row}: nhóm kế tiếp không thuộc danh mục trước.",
};
