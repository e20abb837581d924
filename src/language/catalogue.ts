// Writing a message in a language: its catalogue's ICU message (intl-messageformat), filled with
// values the caller has already neutralised exactly as the English text does (domain/text/neutralise.ts).
// A value is inserted as it is, never read as a message: text a requester typed cannot add
// placeholders, plurals or markup through a translation.
import { IntlMessageFormat } from "intl-messageformat";
import type { Translated } from "./languages.js";
import type { Catalogue, MessageKey, Params } from "./messages.js";
import de from "./catalogues/de.js";
import es from "./catalogues/es.js";
import fr from "./catalogues/fr.js";
import ja from "./catalogues/ja.js";
import ko from "./catalogues/ko.js";
import pt from "./catalogues/pt.js";
import ru from "./catalogues/ru.js";
import zh from "./catalogues/zh.js";

/** One catalogue per language the desk writes in: a language added to TRANSLATED without one does not compile. */
export const CATALOGUES: Record<Translated, Catalogue> = { zh, es, pt, ru, ja, ko, fr, de };

const compiled = new Map<string, IntlMessageFormat>();

export function message(lang: Translated, key: MessageKey, params: Params = {}): string {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // Tags are off: `<` in a message is text, as in markdown.
    format = new IntlMessageFormat(CATALOGUES[lang][key], lang, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(params));
}

/** "a, b and c" in the language's own words (Intl.ListFormat). */
export function list(lang: Translated, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}
