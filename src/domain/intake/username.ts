// Pulling the account name out of what people actually type in the username field,
// and the registries' rules for what a username may be.
import { EMAIL_REMOVED, findEmailAddresses } from "../safety/emails.js";
import { findSecrets, type SecretKind } from "../safety/secrets.js";
import { NO_RESPONSE, stripHtmlComments } from "./markdown.js";

export type UsernameRules = "pypi" | "github" | "lenient";

export interface UsernameField {
  /** Distinct names found, in the order written. */
  names: string[];
  /** Someone typed an email address; it is never echoed back (it is personal data). */
  email: boolean;
  /** A test-instance profile URL (test.pypi.org/user/...) was given. */
  testInstance: boolean;
  /** The field holds a placeholder or says the name is not known (`N/A`, `unknown`, "I don't remember"). */
  unknown: boolean;
  /**
   * The field holds a secret (people paste what they have): its kind only. Nothing in the field is
   * read as a name then, so no surface can echo it; the body's copy is redacted like any other.
   */
  secret?: SecretKind;
}

/** Words people wrap around their name ("my username is `x`", "[x] account recovery"): never a name when others remain. */
const FILLER = new Set([
  "my",
  "username",
  "user",
  "name",
  "is",
  "pypi",
  "testpypi",
  "account",
  "the",
  "and",
  "or",
  "on",
  "it's",
  "its",
  "was",
  "for",
  "of",
  "recovery",
  "recover",
  "request",
  "reset",
  "2fa",
  "lost",
  "access",
  "please",
  "here",
  "email",
  "e-mail",
  "mail",
]);

/**
 * What people write when they have no name to give: "none", "N/A", a dash. A field holding only
 * these (and the form's own words) gives no username, and says so rather than reading "username" as one.
 */
const PLACEHOLDERS = new Set(["unknown", "none", "n/a", "na", "nil", "null", "-", "--", "?", "??", "???", "idk", "tbd", "xxx", "..."]);

/** Saying the name is not known, in the ways people say it. */
const NOT_KNOWN =
  /\b(?:(?:do ?n[o']?t|can ?n?[o']?t|cannot|no longer)\s+(?:know|remember|recall|find)|forg[eo]t(?:ten)?|not sure|unsure|no idea)\b/i;

/** Delimiters people wrap a name in; a name so wrapped is what they meant, like a backticked one. */
const WRAPPERS: Record<string, string> = {
  "[": "]",
  "(": ")",
  '"': '"',
  "'": "'",
  "“": "”",
  "‘": "’",
  "*": "*",
  _: "_",
  "<": ">",
  "\\": "\\",
};
const MAX_TOKENS = 20;

interface Candidate {
  name: string;
  wrapped: boolean;
}

/** A markdown thematic break (`---`, `***`, `___`): the 2020 template's divider under the name, never a name. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;

export function extractUsernames(raw: string): UsernameField {
  const text = withoutLabels(stripHtmlComments(raw).replace(THEMATIC_BREAK, "")).trim();
  const result: UsernameField = { names: [], email: false, testInstance: false, unknown: false };
  if (!text || text.toLowerCase() === NO_RESPONSE) return result;
  // What the desk would remove from the body is never a name: a secret (read as the body's guard
  // reads this field: one code is enough), or an address however written ("me at gmail dot com").
  const secret = findSecrets(text, { aggressive: true })[0];
  if (secret) return { ...result, secret: secret.kind };
  if (findEmailAddresses(text).length > 0) return { ...result, email: true };

  // Backticked names are what the form asks for: when present, they are the answer.
  const spans = codeSpans(text);
  // A name alone on its own line among lines of prose ("My username is below, thanks\njdoe42") is the answer.
  const alone = spans.length === 0 ? nameOnItsOwnLine(text, result) : null;
  if (alone) return { ...result, names: [alone] };
  if (spans.length === 0 && NOT_KNOWN.test(text)) return { ...result, unknown: true };
  const tokens = (spans.length > 0 ? spans : text.split(/[\s,;]+/)).slice(0, MAX_TOKENS * 5);
  const candidates: Candidate[] = [];
  for (const token of tokens) {
    const name = cleanToken(token, result);
    if (name && !candidates.some((c) => c.name.toLowerCase() === name.toLowerCase())) candidates.push({ name, wrapped: isWrapped(token) });
  }
  const meaningful = candidates.filter((c) => !FILLER.has(c.name.toLowerCase()) && !PLACEHOLDERS.has(c.name.toLowerCase()));
  if (meaningful.length === 0) {
    // Only the form's words or placeholders ("username", "N/A"): no name was given.
    result.unknown = tokens.length > 0;
    return result;
  }
  // One wrapped name among other words ("[jdoe] account recovery"): the wrapping says which one.
  const wrapped = meaningful.filter((c) => c.wrapped);
  const chosen = wrapped.length === 1 && spans.length === 0 ? wrapped : meaningful;
  result.names = chosen.slice(0, MAX_TOKENS).map((c) => c.name);
  return result;
}

/**
 * The field's own label typed into its value ("username=[jdoe]", "PyPI username: jdoe", "Login - jdoe"):
 * the label and its separator are dropped, line by line, so what follows is read as the answer.
 */
const TYPED_LABEL = /^\s*(?:my\s+)?(?:test\s*)?(?:pypi\s+)?(?:user\s*name|user|login|account(?:\s+name)?)\s*(?:[:=]|\s[-–—]\s)\s*/i;

function withoutLabels(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(TYPED_LABEL, ""))
    .join("\n");
}

/** With two lines or more of which exactly one is a single meaningful word, that word; else null. */
function nameOnItsOwnLine(text: string, field: UsernameField): string | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.length > MAX_TOKENS) return null;
  const single = lines.filter((l) => !/\s/.test(l));
  if (single.length !== 1 || !lines.some((l) => l.split(/\s+/).length >= 3)) return null;
  const probe: UsernameField = { ...field };
  const name = cleanToken(single[0]!, probe);
  if (!name || FILLER.has(name.toLowerCase()) || PLACEHOLDERS.has(name.toLowerCase()) || probe.email) return null;
  if (probe.testInstance) field.testInstance = true;
  return name;
}

/** `[x]`, `"x"`, `\x\`, `**x**`…: wrapped in a matching pair (trailing punctuation aside). */
function isWrapped(token: string): boolean {
  const t = trimChars(token.trim(), "", ".,:;!?");
  const close = WRAPPERS[t[0] ?? ""];
  return close !== undefined && t.length > 2 && t.endsWith(close);
}

/** Contents of `single backtick` spans, scanned in one pass. */
function codeSpans(text: string): string[] {
  const spans: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf("`", at);
    if (open < 0) return spans;
    const close = text.indexOf("`", open + 1);
    if (close < 0) return spans;
    const inner = text.slice(open + 1, close).trim();
    if (inner) spans.push(...inner.split(/[\s,;]+/).filter(Boolean));
    at = close + 1;
  }
}

const PROFILE_PREFIXES = ["https://", "http://", "www."];

function cleanToken(token: string, field: UsernameField): string | null {
  let t = token.trim();
  // Markdown link `[text](url)`: a profile URL says more than the text; any other URL (the admin
  // page, a project) says less than the name written as its text.
  const link = t.indexOf("](");
  if (t.startsWith("[") && link > 0) {
    const url = trimChars(t.slice(link + 2), "()<>", ".,:;!?");
    t = profileName(url) ? url : t.slice(1, link);
  }
  t = trimChars(t, "*_`'\"<>()[]“”‘’\\", ".,:;!?");

  const profile = profileName(t);
  if (profile) {
    if (profile.test) field.testInstance = true;
    return profile.name;
  }
  if (token.includes(EMAIL_REMOVED)) {
    field.email = true; // the desk removed the address the requester wrote here
    return null;
  }
  if (t.startsWith("@")) t = t.slice(1);
  if (t.includes("@")) {
    field.email = true;
    return null;
  }
  return t || null;
}

/** `https://pypi.org/user/NAME/` (or test.pypi.org) → NAME. */
function profileName(token: string): { name: string; test: boolean } | null {
  let t = token.toLowerCase();
  for (const prefix of PROFILE_PREFIXES) if (t.startsWith(prefix)) t = t.slice(prefix.length);
  const test = t.startsWith("test.pypi.org/user/");
  if (!test && !t.startsWith("pypi.org/user/")) return null;
  // Take the original-case name from the same position in the original token.
  const offset = token.length - t.length + (test ? "test.pypi.org/user/" : "pypi.org/user/").length;
  const rest = token.slice(offset);
  const end = rest.search(/[/?#]/);
  const name = end < 0 ? rest : rest.slice(0, end);
  return name ? { name, test } : null;
}

/** Trims `both` from both ends and `endOnly` from the end, in one linear pass each way. */
function trimChars(text: string, both: string, endOnly = ""): string {
  let start = 0;
  let end = text.length;
  while (start < end && both.includes(text[start]!)) start++;
  while (end > start && (both.includes(text[end - 1]!) || endOnly.includes(text[end - 1]!))) end--;
  return text.slice(start, end);
}

export interface RuleSet {
  maxLength: number;
  pattern: RegExp;
  /** Plain words for the problem message. */
  description: string;
}

// Each pattern is checked only after the length bound, and none has nested quantifiers.
export const RULES: Record<UsernameRules, RuleSet> = {
  pypi: {
    maxLength: 50,
    pattern: /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i,
    description: "letters, digits, dots, underscores and hyphens, starting and ending with a letter or digit, at most 50 characters",
  },
  github: {
    maxLength: 39,
    pattern: /^[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))*$/i,
    description: "letters, digits and single hyphens, not starting or ending with a hyphen, at most 39 characters",
  },
  lenient: {
    maxLength: 100,
    pattern: /^[^\s@]+$/,
    description: "one word without spaces or '@', at most 100 characters",
  },
};

export function usernameFollowsRules(name: string, rules: UsernameRules): boolean {
  const set = RULES[rules];
  return name.length <= set.maxLength && set.pattern.test(name);
}
