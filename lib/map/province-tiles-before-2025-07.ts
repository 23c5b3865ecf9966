// Where each of the 63 provinces of the structure before 1 July 2025 sits on the tile-grid map
// (./tile-layout.ts): column from the west, row from the north. Approximate by design: each
// province keeps its neighbours around it as far as a grid allows. To move a province, change its
// cell here; tests/unit/tile-layout.test.ts checks that every province of the national list has a
// cell and that no two share one.
import type { TileLayout } from "./tile-layout";

export const PROVINCE_TILES_BEFORE_2025_07: TileLayout = {
  columns: 8,
  rows: 19,
  places: {
    // North-west and north-east
    "12": { col: 1, row: 0 }, // Lai Châu
    "10": { col: 2, row: 0 }, // Lào Cai
    "02": { col: 3, row: 0 }, // Hà Giang
    "04": { col: 4, row: 0 }, // Cao Bằng
    "11": { col: 0, row: 1 }, // Điện Biên
    "14": { col: 1, row: 1 }, // Sơn La
    "15": { col: 2, row: 1 }, // Yên Bái
    "08": { col: 3, row: 1 }, // Tuyên Quang
    "06": { col: 4, row: 1 }, // Bắc Kạn
    "20": { col: 5, row: 1 }, // Lạng Sơn
    "25": { col: 2, row: 2 }, // Phú Thọ
    "26": { col: 3, row: 2 }, // Vĩnh Phúc
    "19": { col: 4, row: 2 }, // Thái Nguyên
    "24": { col: 5, row: 2 }, // Bắc Giang
    "22": { col: 6, row: 2 }, // Quảng Ninh
    // Red River delta
    "17": { col: 2, row: 3 }, // Hoà Bình
    "01": { col: 3, row: 3 }, // Hà Nội
    "27": { col: 4, row: 3 }, // Bắc Ninh
    "30": { col: 5, row: 3 }, // Hải Dương
    "31": { col: 6, row: 3 }, // Hải Phòng
    "35": { col: 3, row: 4 }, // Hà Nam
    "33": { col: 4, row: 4 }, // Hưng Yên
    "34": { col: 5, row: 4 }, // Thái Bình
    "38": { col: 2, row: 5 }, // Thanh Hoá
    "37": { col: 3, row: 5 }, // Ninh Bình
    "36": { col: 4, row: 5 }, // Nam Định
    // North central coast
    "40": { col: 2, row: 6 }, // Nghệ An
    "42": { col: 3, row: 6 }, // Hà Tĩnh
    "44": { col: 3, row: 7 }, // Quảng Bình
    "45": { col: 4, row: 7 }, // Quảng Trị
    "46": { col: 4, row: 8 }, // Huế
    "48": { col: 5, row: 8 }, // Đà Nẵng
    // South central coast and the Central Highlands
    "62": { col: 3, row: 9 }, // Kon Tum
    "49": { col: 4, row: 9 }, // Quảng Nam
    "51": { col: 5, row: 9 }, // Quảng Ngãi
    "64": { col: 4, row: 10 }, // Gia Lai
    "52": { col: 5, row: 10 }, // Bình Định
    "66": { col: 4, row: 11 }, // Đắk Lắk
    "54": { col: 5, row: 11 }, // Phú Yên
    "67": { col: 3, row: 12 }, // Đắk Nông
    "68": { col: 4, row: 12 }, // Lâm Đồng
    "56": { col: 5, row: 12 }, // Khánh Hoà
    // South-east
    "70": { col: 2, row: 13 }, // Bình Phước
    "75": { col: 3, row: 13 }, // Đồng Nai
    "60": { col: 4, row: 13 }, // Bình Thuận
    "58": { col: 5, row: 13 }, // Ninh Thuận
    "72": { col: 1, row: 14 }, // Tây Ninh
    "74": { col: 2, row: 14 }, // Bình Dương
    "79": { col: 3, row: 14 }, // Hồ Chí Minh
    "77": { col: 4, row: 14 }, // Bà Rịa - Vũng Tàu
    // Mekong delta
    "89": { col: 0, row: 15 }, // An Giang
    "87": { col: 1, row: 15 }, // Đồng Tháp
    "80": { col: 2, row: 15 }, // Long An
    "82": { col: 3, row: 15 }, // Tiền Giang
    "83": { col: 4, row: 15 }, // Bến Tre
    "91": { col: 0, row: 16 }, // Kiên Giang
    "92": { col: 1, row: 16 }, // Cần Thơ
    "86": { col: 2, row: 16 }, // Vĩnh Long
    "84": { col: 3, row: 16 }, // Trà Vinh
    "93": { col: 1, row: 17 }, // Hậu Giang
    "94": { col: 2, row: 17 }, // Sóc Trăng
    "96": { col: 0, row: 18 }, // Cà Mau
    "95": { col: 1, row: 18 }, // Bạc Liêu
  },
  islands: {
    hoangSa: { col: 6, row: 7, cols: 2, rows: 2 },
    truongSa: { col: 6, row: 14, cols: 2, rows: 2 },
  },
};
