// UI text of the boundary import (/admin/units/import, components/map/boundary-import-form.tsx) and
// of the choropleth drawn from the boundaries (components/dashboard/boundary-map.tsx). English has
// exactly the same keys (checked by the type).
export const vi = {
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

export const en: typeof vi = {
  import: {
    title: "4. Unit boundaries (commune map)",
    description:
      "A GeoJSON file: a FeatureCollection, each feature a Polygon or MultiPolygon (longitude, latitude) of one unit, carrying the unit's GSO code in the property “ma_xa” (or “code” when there is no “ma_xa”). Codes are checked against the units valid in the chosen month. Importing a unit again replaces its boundary. A province with its communes' boundaries shows a commune map on its dashboard.",
    file: "Boundary file (GeoJSON)",
    fileHint: "At most 10 MB, 5,000 features, 1,000,000 points. The code is read from “ma_xa”, or “code”.",
    month: "Check against the units of the month",
    monthHint: "The codes must be units valid in this month.",
    previewTitle: "Preview: {file}",
    shapesRead: "{count} boundaries read",
    created: "New boundaries",
    replaced: "Boundaries replaced",
    unknown: "Codes not in the list (skipped)",
    missing: "Units without a boundary",
    unknownTitle: "Codes not in the list of {month}, which will not be saved:",
    missingTitle: "Units of {month} in the same provinces without a boundary (in the file or stored):",
    featureNumber: "feature {feature}",
    nothingToSave: "No code of the file is a unit of this month: nothing to save.",
    imported: "{count} boundaries saved.",
    fileHasIssues: "The file has {count} problems; nothing was saved. Correct the file and preview it again.",
    issuesTitle: "Problems in the file ({count}):",
    changedSincePreview: "The file or the month changed since the preview: preview again.",
    issue: {
      notJson: "The file is not valid JSON.",
      notFeatureCollection:
        "The file is not a GeoJSON FeatureCollection (it needs “type”: “FeatureCollection” and a list of “features”).",
      noFeatures: "The file has no features.",
      tooManyFeatures: "The file has too many features: at most {max}.",
      tooManyPositions: "The file has too many points: at most {max}. Simplify the boundaries.",
      geometryType: "Feature {feature}: geometry “{type}” is not accepted, only Polygon or MultiPolygon.",
      badCoordinates: "Feature {feature}: invalid coordinates (each ring needs at least 4 longitude, latitude points).",
      codeMissing: "Feature {feature}: the unit code is missing (property “ma_xa” or “code”).",
      codeFormat: "Feature {feature}: “{value}” is not a GSO code (2, 3 or 5 digits).",
      duplicateCode: "Feature {feature}: code {unitCode} is already in feature {firstFeature}.",
    },
  },
  map: {
    title: "Coverage by child unit: map",
    description:
      "Boundaries imported by an administrator. Hover, focus with the keyboard or tap a unit to see its figures; click it to open the unit.",
    noShape: "Without a boundary on the map:",
    tapHint: "On a phone: tap once to see the figures, tap again to open the unit.",
    noBoundariesTitle: "Map of child units",
    noBoundaries:
      "No boundaries of the child units have been imported, so no map can be drawn; each unit's figures are in the ranking below.",
    noBoundariesAdmin: "An administrator can import boundaries (GeoJSON) at",
    importLink: "Import units — section 4",
    noBoundariesOthers: "An administrator can import boundaries (GeoJSON) to show a map.",
  },
};
