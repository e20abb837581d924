// Choosing the language the desk writes in besides English (domain/case/language.ts): `/english` for a
// requester who wants English only, `/language` to correct a wrong detection either way. A choice
// stands until the next one; `/language auto` hands the case back to detection.
import { isLanguageCode, LANGUAGE_CODES } from "../../../language/languages.js";
import { withoutLanguage } from "../language.js";
import type { Command } from "./command.js";

export const english: Command = {
  name: "english",
  audiences: ["requester", "maintainer"],
  onClosedCase: "runs",
  usage: "/english",
  example: "/english",
  summary: "write this request's card and replies in English only",
  run: ({ state, as }) => ({ state: { ...state, language: { code: "en", by: as } }, notices: [] }),
};

export const language: Command = {
  name: "language",
  audiences: ["maintainer", "requester"],
  onClosedCase: "runs",
  usage: "/language <code|auto>",
  example: "/language es",
  summary: "also write this request in that language (en, zh, es, pt, ru, ja, ko, fr, de); auto lets the desk choose",
  run({ state, args, as }) {
    const code = args.trim().toLowerCase();
    // Back to detection: the next reading decides (an English case has no language at all).
    if (code === "auto") return { state: withoutLanguage(state), notices: [] };
    if (!isLanguageCode(code)) return { usage: `write one of ${LANGUAGE_CODES.join(", ")}, or auto` };
    return { state: { ...state, language: { code, by: as } }, notices: [] };
  },
};
