// UI text for uploaded table files (report files, unit lists, succession tables): why a file is
// refused before it is read (lib/table-files). English has exactly the same keys (checked by the type).
export const vi = {
  limits: {
    tooManyParts:
      "Tệp Excel có hơn {max} thành phần bên trong, không giống một bảng tính thông thường nên không được đọc. Hãy chép trang số liệu sang một tệp mới (hoặc tệp mẫu) rồi tải lên.",
    unpackedTooLarge:
      "Tệp Excel khi giải nén lớn bất thường (một phần hơn {maxMb} MB, hoặc nén hơn {ratio} lần) nên không được đọc. Hãy mở bằng Excel, chép trang số liệu sang tệp mẫu rồi tải lên.",
    columnsBeyondLimit:
      "Trang tính dùng đến ô {cell}, quá {max} cột (đến cột {lastColumn}) được phép nên tệp không được đọc. Xoá nội dung và định dạng của các cột thừa bên phải, hoặc chép số liệu sang tệp mẫu.",
    rowsBeyondLimit:
      "Trang tính dùng đến dòng {row}, quá {max} dòng được phép nên tệp không được đọc. Xoá các dòng thừa bên dưới, hoặc chia thành nhiều tệp.",
    tooSlow:
      "Đọc tệp quá {seconds} giây nên đã dừng: tệp quá lớn hoặc quá phức tạp. Hãy chia thành nhiều tệp, hoặc chép số liệu sang tệp mẫu.",
  },
};

export const en: typeof vi = {
  limits: {
    tooManyParts:
      "The Excel file holds more than {max} parts, unlike an ordinary spreadsheet, so it was not read. Copy the data sheet into a new file (or the template) and upload that.",
    unpackedTooLarge:
      "The Excel file unpacks to an abnormal size (a part above {maxMb} MB, or compressed more than {ratio} times), so it was not read. Open it in Excel, copy the data sheet into the template and upload that.",
    columnsBeyondLimit:
      "The sheet reaches cell {cell}, beyond the {max} columns allowed (up to column {lastColumn}), so the file was not read. Clear the contents and formatting of the extra columns on the right, or copy the data into the template.",
    rowsBeyondLimit:
      "The sheet reaches row {row}, beyond the {max} rows allowed, so the file was not read. Delete the extra rows below, or split the file.",
    tooSlow:
      "Reading the file took more than {seconds} seconds and was stopped: the file is too large or too complex. Split it, or copy the data into the template.",
  },
};
