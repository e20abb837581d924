// Which language a case is written in besides English. Detection (language/detect.ts) decides
// only with confidence: a short or unclear comment never switches a case, so the language does not
// flip between edits. A choice made with `/english` or `/language` stands until the next one.
import type { Reading } from "../../language/detect.js";
import { isTranslated, type Translated } from "../../language/languages.js";
import type { CaseState } from "./state.js";

export type CaseLanguage = NonNullable<CaseState["language"]>;

/** The language a case's card and the requester's notices add above the English, or null: English only. */
export function translatedLanguage(language: CaseLanguage | undefined): Translated | null {
  return isTranslated(language?.code) ? language.code : null;
}

export function withCaseLanguage(state: CaseState, reading: Reading | undefined): CaseState {
  if (state.language && state.language.by !== "detected") return state;
  if (!reading?.confident) return state;
  if (reading.language === "en") return withoutLanguage(state);
  return state.language?.code === reading.language ? state : { ...state, language: { code: reading.language, by: "detected" } };
}

/** English, as detection left it: no field at all, so the card's state block is what it was before languages. */
export function withoutLanguage(state: CaseState): CaseState {
  if (!state.language) return state;
  const { language: _dropped, ...rest } = state;
  return rest;
}
