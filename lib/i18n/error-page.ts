// The error pages' words (components/ui/route-error.tsx), in both languages: the only words a client
// component takes from a catalogue in the browser. An error page must work when the server could
// not answer (app/global-error.tsx replaces the root layout when it fails), so it reads the reader's
// language from the locale cookie and cannot be handed its words. A handful of short lines; the
// catalogues take the way back from here (dashboard.backToCountry).
import type { Locale } from "./locales";

export const ERROR_PAGE = {
  vi: {
    title: "Không tải được số liệu",
    body: "Đã có lỗi khi tải trang. Vui lòng thử lại.",
    retry: "Thử lại",
    back: "Về trang chính",
  },
  en: {
    title: "Could not load the figures",
    body: "Something went wrong while loading this page. Please try again.",
    retry: "Try again",
    back: "Back to the start page",
  },
} satisfies Record<Locale, Record<"title" | "body" | "retry" | "back", string>>;
