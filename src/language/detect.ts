// Which language a requester writes in, decided from their own words (words.ts) with a confidence
// threshold: text that is short, mixed or unclear reads as English, the reference. Scripts decide
// first (Hangul is Korean; kana is Japanese; Han without kana, Chinese); a statistical detector
// (detector.ts) decides among languages that share a script, and only with a clear lead.
import type { LanguageCode } from "./languages.js";
import { requesterWords } from "./words.js";

/** What a statistical detector says about a text: its best guess, scores per ISO 639-1 code, and its own reliability. */
export interface Guess {
  language: string;
  scores: Record<string, number>;
  reliable: boolean;
}
export type Detector = (text: string) => Guess;

export interface Reading {
  language: LanguageCode;
  /** False: too little or too mixed to say; the case keeps the language it had. */
  confident: boolean;
}

/**
 * The thresholds, measured on the corpus's reasons (bench/language.ts, docs/operators.md): below
 * them a guess is not trusted. A CJK character carries about a word's worth of meaning, so it
 * counts three times against letters of other scripts.
 */
export const THRESHOLDS = {
  /** Letters of an alphabetic script before a statistical guess is trusted (about five words). */
  minLetters: 24,
  /** CJK characters before a script decides. */
  minCjk: 4,
  /** Cyrillic letters before Russian is trusted. */
  minCyrillic: 12,
  /** The share (weighted) of the text a script must hold to decide. */
  scriptShare: 0.3,
  /** The lead the best guess needs over the second (for English, Spanish, Portuguese, French, German). */
  lead: 0.05,
  /** Russian's lead over Bulgarian and Ukrainian, whose n-grams it shares: measured at 0.02 on real reasons. */
  cyrillicLead: 0.01,
} as const;

const CJK_WEIGHT = 3;
const UNSURE: Reading = { language: "en", confident: false };

export function readLanguage(texts: readonly string[], detect: Detector): Reading {
  const read = readByScript(texts);
  return "ask" in read ? askDetector(read, detect) : read;
}

/**
 * readLanguage with a detector loaded only when the words need it: the detector's n-gram tables
 * cost a few hundred milliseconds to load, and most requests (plainly English, or in a script that
 * decides) never need them. A process that reads only such requests never loads them.
 */
export async function readLanguageLoading(texts: readonly string[], load: () => Promise<Detector>): Promise<Reading> {
  const read = readByScript(texts);
  return "ask" in read ? askDetector(read, await load()) : read;
}

/** What only the statistical detector can settle: Cyrillic that may be Russian, Latin that may not be English. */
interface DetectorQuestion {
  ask: "cyrillic" | "latin";
  words: string;
}

/** Everything the scripts and the thresholds decide alone; the rest is a question for the detector. */
function readByScript(texts: readonly string[]): Reading | DetectorQuestion {
  const words = texts.map(requesterWords).filter(Boolean).join("\n");
  const count = scripts(words);
  const weighted = count.latin + count.cyrillic + CJK_WEIGHT * (count.han + count.kana + count.hangul);
  if (weighted === 0) return UNSURE;
  const share = (n: number, w = 1) => (n * w) / weighted;
  const { minCjk, scriptShare } = THRESHOLDS;
  if (count.hangul >= minCjk && share(count.hangul, CJK_WEIGHT) >= scriptShare) return { language: "ko", confident: true };
  if (count.kana >= 2 && count.han + count.kana >= minCjk && share(count.han + count.kana, CJK_WEIGHT) >= scriptShare)
    return { language: "ja", confident: true };
  if (count.han >= minCjk && share(count.han, CJK_WEIGHT) >= scriptShare) return { language: "zh", confident: true };
  if (count.cyrillic > count.latin) {
    // Cyrillic text is Russian only when the detector says so: Ukrainian or Bulgarian get English.
    // Letters Russian does not have are Ukrainian's or Belarusian's.
    if (count.cyrillic < THRESHOLDS.minCyrillic || /[іїєґў]/i.test(words)) return UNSURE;
    return { ask: "cyrillic", words };
  }
  if (count.latin < THRESHOLDS.minLetters) return UNSURE;
  if (plainlyEnglish(words, count)) return { language: "en", confident: true };
  return { ask: "latin", words };
}

function askDetector({ ask, words }: DetectorQuestion, detect: Detector): Reading {
  if (ask === "cyrillic") {
    const guess = detect(onlyCyrillic(words));
    const sure = guess.language === "ru" && guess.reliable && hasLead(guess, THRESHOLDS.cyrillicLead);
    return sure ? { language: "ru", confident: true } : UNSURE;
  }
  const guess = detect(onlyLatin(words));
  if (!guess.reliable || !hasLead(guess, THRESHOLDS.lead)) return UNSURE;
  // A language the desk does not write in is answered in English, without pretending to know.
  const latin = LATIN.find((code) => code === guess.language);
  return latin ? { language: latin, confident: true } : UNSURE;
}

/**
 * English words that are not words of Spanish, Portuguese, French or German (nor their loanwords in
 * requests: no "me", "no", "in", "on", "am", "has", "was", "will", "codes"): English's commonest words, and a
 * recovery request's own.
 */
const ENGLISH_ONLY = new Set(
  (
    "the and my i i'm it to is have had this that with for of been you your we they would could should which " +
    "because when where what there their lost access please can't cannot don't account phone recovery"
  ).split(" "),
);
const WORD = /[a-z']+/g;

/**
 * Most requests are in English, and an English request must cost what it did before languages were
 * read (docs/operators.md measures it): words without a letter outside ASCII of which at least a
 * third, and at least four, are English-only words are English without asking the detector. On
 * the corpus the detector reads every such text as English too (test/language/language.test.ts).
 */
export function plainlyEnglish(words: string, count = scripts(words)): boolean {
  if (count.cyrillic + count.han + count.kana + count.hangul > 0 || /[\u00c0-\u024f]/.test(words)) return false;
  const tokens = words.toLowerCase().match(WORD) ?? [];
  let english = 0;
  for (const token of tokens) if (ENGLISH_ONLY.has(token)) english++;
  return english >= 4 && english * 3 >= tokens.length;
}

/** The languages written in the Latin script, English among them. */
const LATIN = ["en", "es", "pt", "fr", "de"] as const;

function hasLead(guess: Guess, lead: number): boolean {
  const [first = 0, second = 0] = Object.values(guess.scores).sort((a, b) => b - a);
  return first - second >= lead;
}

interface ScriptCount {
  latin: number;
  cyrillic: number;
  han: number;
  kana: number;
  hangul: number;
}

/** One pass over code points by range (Unicode blocks): no pattern per character. */
function scripts(text: string): ScriptCount {
  const count: ScriptCount = { latin: 0, cyrillic: 0, han: 0, kana: 0, hangul: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) count.latin++;
    else if (c >= 0x400 && c <= 0x4ff) count.cyrillic++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) count.han++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) count.kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) count.hangul++;
  }
  return count;
}

const onlyLatin = (text: string) => text.replace(/[^\p{Script=Latin}\s'’-]+/gu, " ");
const onlyCyrillic = (text: string) => text.replace(/[^\p{Script=Cyrillic}\s-]+/gu, " ");
