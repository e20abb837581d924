// Writing a message in a language: its catalogue's ICU message (intl-messageformat), filled with
// values the caller has already neutralised exactly as the English text does (text/neutralise.ts).
// A value is inserted as it is, never read as a message: text a requester typed cannot add
// placeholders, plurals or markup through a translation.
import { IntlMessageFormat } from "intl-messageformat";
import type { Translated } from "./languages.js";
import type { Catalogue, MessageKey, Params } from "./messages.js";
import es from "./catalogues/es.js";
import pt from "./catalogues/pt.js";

/**
 * The catalogues written so far. A language detected without one is recorded (the reviewers' page
 * shows it) but its cases are written in English only until its catalogue lands.
 */
export const CATALOGUES: Partial<Record<Translated, Catalogue>> = { es, pt };

export function hasCatalogue(lang: Translated): boolean {
  return CATALOGUES[lang] !== undefined;
}

const compiled = new Map<string, IntlMessageFormat>();

export function message(lang: Translated, key: MessageKey, params: Params = {}): string {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // Tags are off: `<` in a message is text, as in markdown.
    format = new IntlMessageFormat(CATALOGUES[lang]![key], lang, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(params));
}

/** "a, b and c" in the language's own words (Intl.ListFormat). */
export function list(lang: Translated, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}
