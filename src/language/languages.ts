// The languages the desk writes in besides English, and how each is named. English is the reference
// and is always written; these are added above it when a request is confidently in one of them.

/** The requests' languages seen in the registry's support threads (pypi/support), in the order the docs list them. */
export const TRANSLATED = ["zh", "es", "pt", "ru", "ja", "ko", "fr", "de"] as const;
export type Translated = (typeof TRANSLATED)[number];
export type LanguageCode = Translated | "en";
export const LANGUAGE_CODES = ["en", ...TRANSLATED] as const;

/** Each language's own name, then the English one: what the reviewers' page and `/help` show. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: "English",
  zh: "中文 (Chinese)",
  es: "Español (Spanish)",
  pt: "Português (Portuguese)",
  ru: "Русский (Russian)",
  ja: "日本語 (Japanese)",
  ko: "한국어 (Korean)",
  fr: "Français (French)",
  de: "Deutsch (German)",
};

export function isLanguageCode(code: string): code is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(code);
}

export function isTranslated(code: string | null | undefined): code is Translated {
  return (TRANSLATED as readonly string[]).includes(code ?? "");
}
