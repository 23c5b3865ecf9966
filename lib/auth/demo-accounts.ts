// The demo accounts, one per role, with published passwords (README). prisma/seed/accounts.ts
// creates them; lib/auth/demo-passwords.ts refuses a production start while any of them still
// has its published password. Units are named by code and the day their structure starts.
import type { Role } from "@prisma/client";

export type DemoAccount = {
  username: string;
  password: string;
  name: string;
  role: Role;
  scope: { code: string; validFrom: string };
  /** A made-up contact phone (the review page shows it beside the commune's accounts). */
  phone?: string;
};

const OLD = "2000-01-01";
const NEW = "2025-07-01";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "admin",
    password: "demo-admin-2025",
    name: "Quản trị hệ thống (demo)",
    role: "ADMIN",
    scope: { code: "VN", validFrom: OLD },
  },
  {
    username: "tinh.bacninh",
    password: "demo-bacninh-2025",
    name: "Cán bộ tỉnh Bắc Ninh (demo)",
    role: "PROVINCIAL_OFFICIAL",
    scope: { code: "24", validFrom: NEW },
  },
  {
    username: "tinh.baclieu",
    password: "demo-baclieu-2025",
    name: "Cán bộ tỉnh Bạc Liêu (demo)",
    role: "PROVINCIAL_OFFICIAL",
    scope: { code: "95", validFrom: OLD },
  },
  {
    username: "huyen.vietyen",
    password: "demo-vietyen-2025",
    name: "Cán bộ thị xã Việt Yên (demo)",
    role: "DISTRICT_OFFICER",
    scope: { code: "222", validFrom: OLD },
  },
  {
    username: "xa.nghiatrung",
    password: "demo-nghiatrung-2025",
    name: "Cán bộ xã Nghĩa Trung (demo)",
    role: "COMMUNE_STAFF",
    scope: { code: "07765", validFrom: OLD },
    phone: "0900000765",
  },
  {
    username: "phuong.vietyen",
    password: "demo-phuongvietyen-2025",
    name: "Cán bộ phường Việt Yên (demo)",
    role: "COMMUNE_STAFF",
    scope: { code: "07777", validFrom: NEW },
    phone: "0900000777",
  },
  {
    username: "lanhdao",
    password: "demo-lanhdao-2025",
    name: "Lãnh đạo (demo)",
    role: "LEADER",
    scope: { code: "VN", validFrom: OLD },
  },
];
