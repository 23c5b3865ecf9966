// UI text for uploaded table files (report files, unit lists, succession tables): why a file is
// refused before it is read (lib/table-files). English: lib/i18n/en/files.ts, with the same keys (checked by its type).

export const files = {
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
