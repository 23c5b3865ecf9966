// The font of the PDF report: Be Vietnam Pro (SIL Open Font License 1.1), a typeface drawn for
// Vietnamese, from the npm package @expo-google-fonts/be-vietnam-pro (Google Fonts' full TTF files).
// It is embedded in each PDF (subset to the glyphs used), so the report reads the same everywhere;
// the server never reads a system font. Chosen over Noto Sans, whose Google Fonts build has no "≥"
// and draws "ị", "ọ", "ụ" as a letter plus a combining dot, which the PDF's text layer (one text per
// glyph) then reads back as "ị" for every "i" of the document. Registered once per process.
import "server-only";

import path from "node:path";

import { Font } from "@react-pdf/renderer";

export const REPORT_FONT = "Be Vietnam Pro";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");

let registered = false;

export function registerReportFont(): void {
  if (registered) return;
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: path.join(FONT_DIR, "400Regular", "BeVietnamPro_400Regular.ttf"), fontWeight: 400 },
      {
        src: path.join(FONT_DIR, "400Regular_Italic", "BeVietnamPro_400Regular_Italic.ttf"),
        fontWeight: 400,
        fontStyle: "italic",
      },
      { src: path.join(FONT_DIR, "700Bold", "BeVietnamPro_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Vietnamese words are not hyphenated: break lines between words only.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
