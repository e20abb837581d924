// Recognising secrets people paste into a public support issue: the registry's recovery codes, API
// tokens, TOTP secrets and passwords, as they appear in real support threads.
// Each pattern is anchored on word boundaries and has no nested unbounded quantifiers, so
// scanning is linear; each candidate is then checked by hand to keep look-alikes out (git SHAs
// in links, UUIDs, hex colours, long ordinary words).
import { clipChars } from "../text/github-limits.js";

export type SecretKind = "recovery-codes" | "api-token" | "totp-secret" | "password" | "email-code";

export interface Finding {
  kind: SecretKind;
  start: number;
  end: number;
}

/** 16 lowercase hex characters standing as a word: the registry's recovery-code shape. */
const HEX16 = /(?<![0-9a-zA-Z])[0-9a-f]{16}(?![0-9a-zA-Z])/g;
/** API tokens are macaroons: `pypi-` + base64url starting `Ag` (the v2 binary format). TestPyPI's too. */
const API_TOKEN = /pypi-Ag[A-Za-z0-9_-]{20,}/g;
const OTPAUTH = /otpauth:\/\/[^\s<>"'`)\]]+/gi;
/** A base32 TOTP secret: 32 characters, or 8 groups of 4 as authenticator apps show them. */
const BASE32 = /(?<![A-Za-z0-9])(?:[A-Z2-7]{32}|[A-Za-z2-7]{4}(?:[ -][A-Za-z2-7]{4}){7})(?![A-Za-z0-9])/g;

export interface ScanOptions {
  /**
   * For log lines: a single 16-hex word is a code even without talk of codes, and the digits of a
   * `/code` command are hidden too (a one-time code has no business in a log).
   */
  aggressive?: boolean;
}

export function findSecrets(text: string | null | undefined, options: ScanOptions = {}): Finding[] {
  const input = clipChars(text ?? "");
  const findings: Finding[] = [];
  findings.push(...recoveryCodes(input, options.aggressive ?? false));
  if (options.aggressive) {
    for (const m of input.matchAll(/\/code\s{1,5}(\d[\d -]{6,10}\d)/g)) {
      findings.push({ kind: "email-code", start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
    }
  }
  for (const m of input.matchAll(API_TOKEN)) findings.push({ kind: "api-token", start: m.index, end: m.index + m[0].length });
  for (const m of input.matchAll(OTPAUTH)) findings.push({ kind: "totp-secret", start: m.index, end: m.index + m[0].length });
  for (const m of input.matchAll(BASE32))
    if (looksRandom(m[0])) findings.push({ kind: "totp-secret", start: m.index, end: m.index + m[0].length });
  findings.push(...passwordLines(input));
  return merge(findings);
}

/**
 * Recovery codes: several 16-hex words together are codes; a single one counts only when it is
 * not part of a link or path (a commit SHA prefix in a URL) and the text talks about codes.
 */
function recoveryCodes(text: string, aggressive: boolean): Finding[] {
  const hits = [...text.matchAll(HEX16)]
    .filter((m) => /[a-f]/.test(m[0]) && /[0-9]/.test(m[0]))
    .filter((m) => !inLinkOrPath(text, m.index));
  if (hits.length === 0) return [];
  const talksAboutCodes = aggressive || /recovery|backup|code/i.test(text);
  if (hits.length < 2 && !talksAboutCodes) return [];
  return hits.map((m) => ({ kind: "recovery-codes" as const, start: m.index, end: m.index + 16 }));
}

function inLinkOrPath(text: string, index: number): boolean {
  const before = text[index - 1];
  // `@` at the start of a word is a mention's shape, not an address or a pin: codes pasted as
  // `@a1b2…` are still codes (and were hidden as a ping instead of deleted).
  if (before === "@" && (index < 2 || /\s/.test(text[index - 2]!))) return false;
  if (before === "/" || before === "=" || before === "#" || before === "@" || before === ":" || before === ".") return true;
  // Part of a URL further left on the same word?
  let i = index - 1;
  while (i >= 0 && !/\s/.test(text[i]!) && index - i < 300) i--;
  return text.slice(i + 1, index).includes("://");
}

/** Real secrets mix letters and digits; words and runs of one letter do not. */
function looksRandom(candidate: string): boolean {
  const chars = candidate.replace(/[ -]/g, "");
  return /[2-7]/.test(chars) && /[A-Za-z]/.test(chars) && new Set(chars.toUpperCase()).size >= 10;
}

/**
 * `password: hunter2`, `pwd = x`, `my password is: x` — one line each. The value must look like a
 * password (one word mixing kinds of characters), so "password: I forgot it" is not a finding.
 */
function passwordLines(text: string): Finding[] {
  const findings: Finding[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 300));
    const match = /^[\s>*_-]*(?:my\s+)?(?:password|passwd|pwd|pw)(?:\s+is)?\s*[:=]\s*(\S+)\s*$/i.exec(line);
    if (match && looksLikePassword(match[1]!)) {
      const value = match[1]!;
      const valueStart = lineStart + line.lastIndexOf(value);
      findings.push({ kind: "password", start: valueStart, end: valueStart + value.length });
    }
    lineStart = lineEnd + 1;
  }
  return findings;
}

function looksLikePassword(value: string): boolean {
  if (value.length < 6 || value === REDACTED) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  return classes >= 2;
}

const CODE_CANDIDATE = /(?<!\d)(\d{4})[ -]?(\d{4})(?!\d)/g;

/** Whether text holds anything shaped like a one-time code (cheap: decides whether to load the case at all). */
export function mayHoldCode(text: string): boolean {
  return new RegExp(CODE_CANDIDATE.source).test(clipChars(text));
}

/** 8-digit numbers that a check (the case's code verifier) recognises as its own one-time code. */
export function findEmailCodes(text: string, isCaseCode: (digits: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const m of clipChars(text).matchAll(CODE_CANDIDATE)) {
    if (isCaseCode(`${m[1]}${m[2]}`)) findings.push({ kind: "email-code", start: m.index, end: m.index + m[0].length });
  }
  return findings;
}

function merge(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

const REDACTED = "[redacted]";

export function redact(text: string, findings: Finding[]): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + REDACTED;
    at = f.end;
  }
  return out + text.slice(at);
}

export function kindsOf(findings: Finding[]): SecretKind[] {
  return [...new Set(findings.map((f) => f.kind))].sort();
}
