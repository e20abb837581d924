// Email addresses in a request's public text (its body, its title, the requester's comments).
// Requesters often write theirs there; in a public issue anyone can read it — including people who
// send fake "recovery" emails. The desk never needs it there (reviewers write to the address on
// file), so it is removed, however it is written: the text is first read as a person reads it
// (NFKC, HTML entities, markdown escapes, invisible characters, look-alike `@` and `.`, "at" and
// "dot" spelled out in the corpus's languages), and an address found in that reading is removed
// whole from the original text, internationalised ones (RFC 6531 local parts, IDN domains) too.
// Linear: the reading is one pass, and the search looks at each run of characters once.

/** What a removed address reads as. One token, so the parsers still see that an address was given. */
export const EMAIL_REMOVED = "[email-address-removed]";

export interface AddressFinding {
  /** Where the address stands in the original text, all of its disguise included. */
  start: number;
  end: number;
  domain: string;
}

/**
 * The text as a person reads it, and for each of its characters the span of the original it came
 * from (null: the text reads as itself, character for character).
 */
interface Reading {
  text: string;
  from: number[] | null;
  to: number[] | null;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;
const NAMED_ENTITIES: Record<string, string> = { commat: "@", period: ".", lowbar: "_", hyphen: "-", plus: "+", nbsp: " " };
/** Look-alikes of `.` that NFKC leaves alone (ideographic and halfwidth full stops, one-dot leader). */
const LOOKALIKES: Record<string, string> = { "\u3002": ".", "\uFF61": ".", "\u2024": ".", "\uFE52": "." };
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/y;

function normalised(c: string): string {
  if (INVISIBLE.test(c)) return "";
  return LOOKALIKES[c] ?? c.normalize("NFKC");
}

function entity(name: string): string | undefined {
  if (name[0] !== "#") return NAMED_ENTITIES[name.toLowerCase()];
  const hex = name[1] === "x" || name[1] === "X";
  const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

const ASCII_WORD = /[A-Za-z0-9]/;

function spelledInChinese(text: string, i: number): boolean {
  const word = text.startsWith("艾特", i) ? 2 : text[i] === "点" ? 1 : 0;
  return word > 0 && ASCII_WORD.test(text[i - 1] ?? "") && ASCII_WORD.test(text[i + word] ?? "");
}

/**
 * What may make a reading differ from the text: anything but printable ASCII and line ends, an entity, a
 * markdown escape. A shortcut: sent down the full reading, any text reads the same, only slower (so
 * Stryker's mutants of it are equivalent); one that must not take it fails test/safety/emails-exact.test.ts.
 */
// Stryker disable next-line all
const NOT_ITSELF = /[^\t\n\r -~]|[&\\]/;

function read(text: string): Reading {
  // Most text (URLs, logins, English prose) reads as itself: no copy, no spans to keep.
  // Stryker disable next-line all: the shortcut above (NOT_ITSELF).
  if (!NOT_ITSELF.test(text)) return { text, from: null, to: null };
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  // One entry per UTF-16 unit, as the reading is indexed: an emoji is two (one entry each kept the spans in step).
  const put = (chars: string, start: number, end: number) => {
    for (let k = 0; k < chars.length; k++) {
      out.push(chars[k]!);
      from.push(start);
      to.push(end);
    }
  };
  for (let i = 0; i < text.length;) {
    ENTITY.lastIndex = i;
    const m = text[i] === "&" ? ENTITY.exec(text) : null;
    const value = m ? entity(m[1]!) : undefined;
    if (m && value !== undefined) {
      put(normalised(value), i, i + m[0].length);
      i += m[0].length;
    } else if (spelledInChinese(text, i)) {
      // "jbber艾特qq点com": Chinese words for @ and . between Latin letters (elsewhere they are just words).
      put(text[i] === "点" ? "." : "@", i, i + (text[i] === "点" ? 1 : 2));
      i += text[i] === "点" ? 1 : 2;
    } else if (text[i] === "\\" && /[.@_\-+]/.test(text[i + 1] ?? "")) {
      put(text[i + 1]!, i, i + 2); // a markdown escape: `gmail\.com`
      i += 2;
    } else if (text.charCodeAt(i) < 0x80) {
      // ASCII reads as itself (NFKC leaves it, and no invisible or look-alike is ASCII): most text, no lookups.
      out.push(text[i]!);
      from.push(i);
      to.push(i + 1);
      i++;
    } else {
      const c = String.fromCodePoint(text.codePointAt(i)!);
      put(normalised(c), i, i + c.length);
      i += c.length;
    }
  }
  return { text: out.join(""), from, to };
}

const LOCAL_CHAR = /[\p{L}\p{N}\p{M}._%+'-]/u;
/** LOCAL_CHAR without the regular expression for ASCII, which is most of any text. */
const ASCII_LOCAL = /[A-Za-z0-9._%+'-]/;
const ASCII_LOCAL_CHARS = Array.from({ length: 0x80 }, (_, code) => ASCII_LOCAL.test(String.fromCharCode(code)));
const isLocalChar = (c: string) => {
  const code = c.charCodeAt(0);
  // Stryker disable next-line all: the table holds LOCAL_CHAR's answers for ASCII; asking the pattern answers the same.
  return code < 0x80 ? ASCII_LOCAL_CHARS[code]! : LOCAL_CHAR.test(c);
};
const LABEL_CHAR = /[\p{L}\p{N}\p{M}-]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** "at" and "dot" spelled out to dodge scrapers, in the languages of the corpus. */
const AT_WORDS = "at|arroba|arobase|chez|собака";
const DOT_WORDS = "dot|punto|point|punkt|точка";
/** The endings a spelled-out address ends with, in the corpus: generic and the corpus's countries. */
const SPELLED_TLDS = new Set([
  ..."com net org edu gov io co me info biz dev app xyz eu".split(" "),
  ..."de fr es it nl be ch at pl ru ua cn jp kr in br ar mx uk ie ca au nz se no fi dk cz tr".split(" "),
]);
type Separator = { length: number; kind: "symbol" | "bracketed" | "word" };
const separators = (symbol: string, words: string) => ({
  symbol: new RegExp(` {0,3}${symbol} {0,3}`, "y"),
  bracketed: new RegExp(` {0,3}[([{<] {0,3}(?:${symbol}|${words}) {0,3}[)\\]}>] {0,3}`, "iy"),
  word: new RegExp(` {1,3}(?:${words}) {1,3}`, "iy"),
});
const AT = separators("@", AT_WORDS);
const DOT = separators("\\.", DOT_WORDS);

/** Every separator starts with a space, its symbol or an opening bracket: anything else is none, without a match. */
const SEPARATOR_STARTS = new Set([" ", "@", ".", "(", "[", "{", "<"]);

function separatorAt(s: string, i: number, forms: typeof AT): Separator | null {
  // Stryker disable next-line all: a shortcut; where it returns, the patterns below find no separator either.
  if (!SEPARATOR_STARTS.has(s[i] ?? "")) return null;
  for (const kind of ["symbol", "bracketed", "word"] as const) {
    const re = forms[kind];
    re.lastIndex = i;
    const m = re.exec(s);
    if (m) return { length: m[0].length, kind };
  }
  return null;
}

/** Not an address but looks like one: an SSH or git remote (`git@github.com:org/repo`, `ssh deploy@host.example`). */
function isRemote(original: string, start: number, local: string): boolean {
  const line = original.slice(original.lastIndexOf("\n", start) + 1, start);
  return local === "git" || /\b(ssh|scp|sftp|rsync|git clone|git remote)\b/i.test(line);
}

export function findEmailAddresses(text: string): AddressFinding[] {
  const { text: s, from, to } = read(text);
  const startOf = (k: number) => (from ? from[k]! : k);
  const endOf = (k: number) => (to ? to[k]! : k + 1);
  const found: AddressFinding[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isLocalChar(s[i]!)) {
      i++;
      continue;
    }
    // A run of characters that may be a local part; what follows it decides.
    let j = i;
    while (j < s.length && isLocalChar(s[j]!)) j++;
    const address = addressAfter(s, i, j);
    if (!address) {
      i = j;
      continue;
    }
    const start = startOf(address.localStart);
    if (!isRemote(text, start, s.slice(address.localStart, j))) found.push({ start, end: endOf(address.end - 1), domain: address.domain });
    i = address.end;
  }
  return found;
}

function addressAfter(s: string, runStart: number, runEnd: number): { localStart: number; end: number; domain: string } | null {
  const at = separatorAt(s, runEnd, AT);
  if (!at) return null;
  // A local part is one script's run: "我的邮箱是pangao1990@…" gives away only "pangao1990".
  let localStart = runStart;
  for (let k = runEnd - 1; k >= runStart; k--) {
    if (CJK.test(s[k]!)) {
      localStart = k + 1 < runEnd ? k + 1 : runStart;
      break;
    }
  }
  while (localStart < runEnd && ".'-".includes(s[localStart]!)) localStart++;
  if (localStart >= runEnd) return null;
  /** Each label, where it ends, and how many disguised dots came before it. */
  const labels: { text: string; end: number; disguisedDots: number }[] = [];
  let k = runEnd + at.length;
  let disguisedDots = 0;
  for (;;) {
    const labelStart = k;
    while (k < s.length && LABEL_CHAR.test(s[k]!)) k++;
    if (k === labelStart) break;
    labels.push({ text: s.slice(labelStart, k), end: k, disguisedDots });
    const dot = separatorAt(s, k, DOT);
    if (!dot || !LABEL_CHAR.test(s[k + dot.length] ?? " ")) break;
    if (dot.kind !== "symbol") disguisedDots++;
    k += dot.length;
  }
  // The sentence may go on after the address ("…@gmail.com. I lost it"): the longest run of labels that is a domain.
  for (let n = Math.min(labels.length, 10); n >= 2; n--) {
    const names = labels.slice(0, n).map((l) => l.text);
    const last = labels[n - 1]!;
    if (isDomain(names, at.kind, last.disguisedDots)) return { localStart, end: last.end, domain: names.join(".").toLowerCase() };
  }
  return null;
}

function isDomain(labels: string[], at: Separator["kind"], disguisedDots: number): boolean {
  const tld = labels.at(-1)!;
  return (
    labels.every((l) => l.length <= 63 && !l.startsWith("-") && !l.endsWith("-")) &&
    (/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld)) &&
    // "look at example.com" is not an address; "name at example dot com" and "name (at) example.com" are,
    // and spelled out it must end like an address ("codes at some point but" is a sentence).
    (at !== "word" || (disguisedDots > 0 && SPELLED_TLDS.has(tld.toLowerCase())))
  );
}

/** The text with every address replaced, except those at `keepDomains` (and their subdomains); null when nothing changes. */
export function withoutEmailAddresses(text: string, keepDomains: readonly string[]): string | null {
  const kept = keepDomains.map((d) => d.toLowerCase());
  const removed = findEmailAddresses(text).filter((f) => !kept.some((d) => f.domain === d || f.domain.endsWith(`.${d}`)));
  if (removed.length === 0) return null;
  let out = "";
  let at = 0;
  for (const f of removed) {
    out += text.slice(at, f.start) + EMAIL_REMOVED;
    at = f.end;
  }
  return out + text.slice(at);
}
