// UI text, one catalogue per locale: lib/i18n/vi/<area>.ts (Vietnamese, the default) and
// lib/i18n/en/<area>.ts (English, typed as the Vietnamese so that the keys stay in step). Server code
// reads the reader's catalogue with getI18n() (lib/i18n/server.ts); a client component never imports
// a catalogue but receives its words from the server, so that only the reader's language reaches the
// browser (tests/unit/client-catalogue.test.ts). Placeholders are filled by lib/i18n/fill.ts; a
// catalogue names its own language (t.locale), for the numbers and months written in it.
import { en } from "./en";
import type { Locale } from "./locales";
import { vi, type Messages } from "./vi";

export type { Messages };

export const MESSAGES: Record<Locale, Messages> = { vi, en };
