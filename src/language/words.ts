// The requester's own words in a text they wrote: what a language is detected from. The form's
// own labels and options, code, commands, quoted text (often the desk's English card, quoted back
// in an email reply), links, addresses and mentions say nothing about the language they write in.
import { FenceTracker, normaliseNewlines, stripHtmlComments } from "../domain/intake/markdown.js";

/** Enough to tell a language; a longer text only costs time. */
const MAX_CHARS = 4000;

/**
 * Text the registry's forms put into a request, in every era (the 2020 template's options, the
 * issue form's labels and checkbox lines): a requester who keeps it wrote none of it.
 */
const FORM_PHRASES = [
  "lost 2fa authentication app or security token",
  "lost 2fa authentication app",
  "lost access to email address",
  "i never generated or have lost access to the recovery codes for my account",
  "i agree to follow the psf code of conduct",
  "i understand that it may take a significant amount of time to process my account recovery request",
  "request for account recovery",
  "reason for request",
  "pypi username",
  "reason:",
  "_no response_",
];

/** Alternatives of plain words only (no nested quantifier): linear on any input. */
const FORM_TEXT = new RegExp(FORM_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");

/**
 * Where an email client starts quoting the message being answered: nothing after it is the
 * requester's. Requesters answer the desk's notices by email, so the header is in their client's
 * language, whatever they wrote above it (seen in the support threads: a Korean client's
 * "2025년 4월 26일 (토) …님이 작성:" under an English reply, QQ Mail's "------ 原始邮件 ------").
 * Each alternative is bounded, so no line is scanned more than once per alternative.
 */
const REPLY_HEADERS = [
  /^on .{1,200} wrote:$/i, // en (Gmail, Apple Mail)
  /^(?:-{2,}|_{2,}) ?(?:original|replied|forwarded) message ?(?:-{2,}|_{2,})?/i, // en (Outlook, NetEase, forwards)
  /^(?:from|发件人|寄件者|差出人|보낸 사람|von|de|от)\s?[:：] ?\S/i, // Outlook's header block
  /^在 .{1,120}写道[:：]/, // zh
  /^-{2,}(?:\s|&nbsp;){0,6}(?:原始邮件|原始郵件|回复的原邮件)/, // zh (QQ Mail)
  /님이 작성[:：]?$/, // ko
  /^20\d\d年\d{1,2}月\d{1,2}日.{1,200}[:：]$/, // ja (Gmail: "2025年4月26日(土) 2:50 name <address>:")
  /^am .{1,200} schrieb .{0,200}:$/i, // de
  /^le .{1,200} a écrit ?:$/i, // fr
  /^el .{1,200} escribió:$/i, // es
  /^(?:em|no dia) .{1,200} escreveu:$/i, // pt
  /^.{1,200},? (?:пишет|написал|написала|написал\(а\)):$/i, // ru
  /^.{1,40} \d{4} г\. в \d{1,2}:\d\d, .{1,200}:$/, // ru (Gmail: "сб, 26 апр. 2025 г. в 02:50, name <address>:")
];
const isReplyHeader = (line: string) => REPLY_HEADERS.some((header) => header.test(line));

export function requesterWords(text: string): string {
  const fences = new FenceTracker();
  const kept: string[] = [];
  for (const raw of stripHtmlComments(normaliseNewlines(text.slice(0, MAX_CHARS * 2))).split("\n")) {
    if (fences.inFence(raw)) continue;
    const line = raw.trim();
    if (isReplyHeader(line)) break;
    // A quote, a command, a heading or a checkbox line of the form.
    if (/^(?:>|\/|#|[-*] \[[ xX]\])/.test(line)) continue;
    kept.push(line);
  }
  // Split, never scanned with patterns that could backtrack: linear on any input. Odd pieces between
  // backticks are inline code; a word holding `@` or `://` is an address, a mention or a link.
  return kept
    .join("\n")
    .split("`")
    .filter((_, i) => i % 2 === 0)
    .join(" ")
    .replace(FORM_TEXT, " ")
    .split(/\s+/)
    .map(withoutAddress)
    .filter((word) => word && !word.includes("://") && !/^#\d/.test(word))
    .join(" ")
    .slice(0, MAX_CHARS);
}

const ADDRESS_CHAR = /[\w.+-]/;

/**
 * A word without the address or mention in it: writers of languages without spaces run their words
 * into the address (`邮箱是：name@qq.com`), so only the address's own characters are dropped.
 */
function withoutAddress(word: string): string {
  if (!word.includes("@")) return word;
  // One pass: at each `@`, the address characters already kept are taken back and those after it skipped.
  const kept: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== "@") {
      kept.push(word[i]!);
      continue;
    }
    while (kept.length > 0 && ADDRESS_CHAR.test(kept[kept.length - 1]!)) kept.pop();
    while (i + 1 < word.length && ADDRESS_CHAR.test(word[i + 1]!)) i++;
  }
  return kept.join("");
}
