// Where each of the 34 provinces of the structure from 1 July 2025 sits on the tile-grid map
// (./tile-layout.ts): column from the west, row from the north. A merged province keeps the code
// of one of the old ones (Bắc Giang + Bắc Ninh → Bắc Ninh, 24) and sits about where the merged
// territory lies. To move a province, change its cell here; tests/unit/tile-layout.test.ts checks
// that every province of the national list has a cell and that no two share one.
import type { TileLayout } from "./tile-layout";

export const PROVINCE_TILES_FROM_2025_07: TileLayout = {
  columns: 7,
  rows: 16,
  places: {
    // North
    "12": { col: 1, row: 0 }, // Lai Châu
    "15": { col: 2, row: 0 }, // Lào Cai (with Yên Bái)
    "08": { col: 3, row: 0 }, // Tuyên Quang (with Hà Giang)
    "04": { col: 4, row: 0 }, // Cao Bằng
    "11": { col: 0, row: 1 }, // Điện Biên
    "14": { col: 1, row: 1 }, // Sơn La
    "25": { col: 2, row: 1 }, // Phú Thọ (with Vĩnh Phúc, Hoà Bình)
    "19": { col: 3, row: 1 }, // Thái Nguyên (with Bắc Kạn)
    "20": { col: 4, row: 1 }, // Lạng Sơn
    "22": { col: 5, row: 1 }, // Quảng Ninh
    "01": { col: 2, row: 2 }, // Hà Nội
    "24": { col: 3, row: 2 }, // Bắc Ninh (with Bắc Giang)
    "31": { col: 4, row: 2 }, // Hải Phòng (with Hải Dương)
    "37": { col: 2, row: 3 }, // Ninh Bình (with Hà Nam, Nam Định)
    "33": { col: 3, row: 3 }, // Hưng Yên (with Thái Bình)
    // Central coast and the Central Highlands
    "38": { col: 2, row: 4 }, // Thanh Hoá
    "40": { col: 2, row: 5 }, // Nghệ An
    "42": { col: 3, row: 5 }, // Hà Tĩnh
    "44": { col: 3, row: 6 }, // Quảng Trị (with Quảng Bình)
    "46": { col: 3, row: 7 }, // Huế
    "48": { col: 4, row: 7 }, // Đà Nẵng (with Quảng Nam)
    "51": { col: 4, row: 8 }, // Quảng Ngãi (with Kon Tum)
    "52": { col: 4, row: 9 }, // Gia Lai (with Bình Định)
    "66": { col: 4, row: 10 }, // Đắk Lắk (with Phú Yên)
    "68": { col: 3, row: 11 }, // Lâm Đồng (with Đắk Nông, Bình Thuận)
    "56": { col: 4, row: 11 }, // Khánh Hoà (with Ninh Thuận)
    // South
    "80": { col: 1, row: 12 }, // Tây Ninh (with Long An)
    "75": { col: 2, row: 12 }, // Đồng Nai (with Bình Phước)
    "91": { col: 0, row: 13 }, // An Giang (with Kiên Giang)
    "82": { col: 1, row: 13 }, // Đồng Tháp (with Tiền Giang)
    "79": { col: 2, row: 13 }, // Hồ Chí Minh (with Bình Dương, Bà Rịa - Vũng Tàu)
    "92": { col: 1, row: 14 }, // Cần Thơ (with Hậu Giang, Sóc Trăng)
    "86": { col: 2, row: 14 }, // Vĩnh Long (with Bến Tre, Trà Vinh)
    "96": { col: 0, row: 15 }, // Cà Mau (with Bạc Liêu)
  },
  islands: {
    hoangSa: { col: 5, row: 6, cols: 2, rows: 2 },
    truongSa: { col: 5, row: 13, cols: 2, rows: 2 },
  },
};
