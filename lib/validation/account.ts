// Reusable Zod pieces for accounts.
import { z } from "zod";

/** Usernames as better-auth accepts them, lower-cased (it lower-cases before every lookup). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.]{3,30}$/, { message: "Tên đăng nhập gồm 3–30 ký tự: chữ thường không dấu, số, dấu chấm hoặc gạch dưới" });

/** A user id (better-auth and this app create UUIDs). */
export const userIdSchema = z.uuid({ message: "Người dùng không hợp lệ" });
