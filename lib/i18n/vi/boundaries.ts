// UI text of the boundary import (/admin/units/import, components/map/boundary-import-form.tsx) and
// of the choropleth drawn from the boundaries (components/dashboard/boundary-map.tsx).
// English: lib/i18n/en/boundaries.ts, with the same keys (checked by its type).

export const boundaries = {
  import: {
    title: "4. Ranh giới đơn vị (bản đồ xã)",
    description:
      "Tệp GeoJSON: một FeatureCollection, mỗi đối tượng là một Polygon hoặc MultiPolygon (kinh độ, vĩ độ) của một đơn vị, mang mã GSO của đơn vị trong thuộc tính “ma_xa” (hoặc “code” nếu không có “ma_xa”). Mã được đối chiếu với danh mục đơn vị của tháng đã chọn. Nhập lại một đơn vị sẽ thay ranh giới cũ. Tỉnh có ranh giới các xã thì bảng điều khiển của tỉnh hiện bản đồ xã.",
    file: "Tệp ranh giới (GeoJSON)",
    fileHint: "Tối đa 10 MB, 5.000 đối tượng, 1.000.000 điểm. Mã đọc từ thuộc tính “ma_xa”, hoặc “code”.",
    month: "Đối chiếu với danh mục của tháng",
    monthHint: "Các mã phải là đơn vị có hiệu lực trong tháng này.",
    previewTitle: "Xem trước: {file}",
    shapesRead: "{count} ranh giới đọc được",
    created: "Ranh giới mới",
    replaced: "Thay ranh giới cũ",
    unknown: "Mã không có trong danh mục (bỏ qua)",
    missing: "Đơn vị chưa có ranh giới",
    unknownTitle: "Mã không có trong danh mục {month} — sẽ không được lưu:",
    missingTitle: "Đơn vị của {month} cùng tỉnh chưa có ranh giới (trong tệp và đã lưu):",
    featureNumber: "đối tượng {feature}",
    nothingToSave: "Không mã nào của tệp thuộc danh mục tháng này: không có gì để lưu.",
    imported: "Đã lưu {count} ranh giới.",
    fileHasIssues: "Tệp có {count} lỗi, không lưu gì. Sửa tệp rồi xem trước lại.",
    issuesTitle: "Lỗi trong tệp ({count}):",
    changedSincePreview: "Tệp hoặc tháng đã đổi từ lúc xem trước: hãy xem trước lại.",
    issue: {
      notJson: "Tệp không phải JSON hợp lệ.",
      notFeatureCollection:
        "Tệp không phải GeoJSON FeatureCollection (cần “type”: “FeatureCollection” và danh sách “features”).",
      noFeatures: "Tệp không có đối tượng nào.",
      tooManyFeatures: "Tệp có quá nhiều đối tượng: tối đa {max}.",
      tooManyPositions: "Tệp có quá nhiều điểm: tối đa {max}. Hãy đơn giản hoá ranh giới.",
      geometryType: "Đối tượng {feature}: hình học “{type}” không được nhận, chỉ Polygon hoặc MultiPolygon.",
      badCoordinates: "Đối tượng {feature}: toạ độ không hợp lệ (mỗi vòng ít nhất 4 điểm kinh độ, vĩ độ).",
      codeMissing: "Đối tượng {feature}: thiếu mã đơn vị (thuộc tính “ma_xa” hoặc “code”).",
      codeFormat: "Đối tượng {feature}: mã “{value}” không phải mã GSO (2, 3 hoặc 5 chữ số).",
      duplicateCode: "Đối tượng {feature}: mã {unitCode} đã có ở đối tượng {firstFeature}.",
    },
  },
  map: {
    title: "Bản đồ tỷ lệ bao phủ theo đơn vị trực thuộc",
    description:
      "Ranh giới do quản trị viên nhập. Di chuột, chọn bằng bàn phím hoặc chạm vào đơn vị để xem số liệu; bấm vào đơn vị để xem chi tiết.",
    noShape: "Chưa có ranh giới trên bản đồ:",
    tapHint: "Trên điện thoại: chạm một lần để xem số liệu, chạm lần nữa để mở đơn vị.",
    noBoundariesTitle: "Bản đồ đơn vị trực thuộc",
    noBoundaries:
      "Chưa có ranh giới của các đơn vị trực thuộc nên chưa vẽ được bản đồ; số liệu từng đơn vị ở bảng xếp hạng bên dưới.",
    noBoundariesAdmin: "Quản trị viên có thể nhập ranh giới (GeoJSON) tại",
    importLink: "Nhập danh mục đơn vị — mục 4",
    noBoundariesOthers: "Quản trị viên có thể nhập ranh giới (GeoJSON) để hiện bản đồ.",
  },
};
