// Signing in and the account (password change).
// English: lib/i18n/en/account.ts, with the same keys (checked by its type).
import type { LockScope } from "@/lib/auth/throttle";

export const auth = {
  signInTitle: "Đăng nhập",
  signInIntro: "Đăng nhập bằng tài khoản được cấp để xem và cập nhật số liệu BHYT.",
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  signIn: "Đăng nhập",
  signingIn: "Đang đăng nhập…",
  invalidCredentials: "Tên đăng nhập hoặc mật khẩu không đúng.",
  locked: {
    pair: "Tài khoản tạm bị khoá đăng nhập từ địa chỉ mạng này do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {time}, hoặc nhờ quản trị viên mở khoá.",
    username:
      "Tài khoản tạm bị khoá do có nhiều lần đăng nhập sai từ nhiều nơi. Vui lòng thử lại sau {time}, hoặc nhờ quản trị viên mở khoá.",
    address:
      "Địa chỉ mạng của bạn tạm bị chặn đăng nhập do có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau {time}.",
  } satisfies Record<LockScope, string>,
  inactive: "Tài khoản đã bị vô hiệu hoá. Vui lòng liên hệ quản trị viên.",
  signOut: "Đăng xuất",
};

export const account = {
  menu: "Tài khoản",
  changePassword: "Đổi mật khẩu",
  mustChangePassword:
    "Vui lòng thay mật khẩu ban đầu (hoặc mật khẩu vừa được đặt lại) bằng mật khẩu của riêng bạn trước khi tiếp tục.",
  currentPassword: "Mật khẩu hiện tại",
  newPassword: "Mật khẩu mới",
  newPasswordHint: "Ít nhất 10 ký tự.",
  confirmPassword: "Nhập lại mật khẩu mới",
  save: "Lưu mật khẩu",
  saving: "Đang lưu…",
  passwordChanged: "Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.",
  wrongCurrentPassword: "Mật khẩu hiện tại không đúng.",
  backHome: "Về trang của tôi",
};
