// Everything the app repeats from users goes through here first. Echoed text must never
// mention anyone, render markup, or open/close the HTML comment that holds the case state.

import { REPORTED_LOGIN } from "./github-names.js";

/** Characters that would change meaning if echoed: line breaks and other control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Invisible or direction-changing characters that can disguise text. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

const ZERO_WIDTH_SPACE = "\u200b";

/** Cuts text to `max` characters (by code point), marking the cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}

/**
 * Text shown as inline code (usernames, values): a code span never renders links, mentions or
 * HTML. The fence is longer than any backtick run inside, so the text cannot close it early.
 */
export function codeSpan(text: string, max = 60): string {
  const flat = clip(text.replace(CONTROL, " ").replace(INVISIBLE, ""), max).replace(/<!--|-->/g, (m) => m.split("").join(ZERO_WIDTH_SPACE));
  let longest = 0;
  let run = 0;
  for (const ch of flat) {
    run = ch === "`" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A GitHub login as plain text that does not notify its owner (for cards that are edited often). */
export function quietLogin(login: string): string {
  return codeSpan(login, 40);
}

/** A mention, only for logins that come from GitHub itself (never from typed text). */
export function mention(login: string): string {
  return REPORTED_LOGIN.test(login) ? `@${login}` : quietLogin(login);
}

/** Characters that start markdown constructs: escaped so echoed prose cannot make links, images or tables. */
const MARKDOWN_SPECIAL = /[\\`*_[\]!|~<>]/g;
const MAX_QUOTE_LINES = 12;

/**
 * Prose from users (a reviewer's question, a reason) shown as text. HTML is entity-escaped (so
 * `&#64;` stays those five characters), markdown syntax is backslash-escaped, and every `@`
 * (also the full-width `＠`) is followed by a zero-width space so nobody is mentioned.
 * `block` renders it as a quote on its own lines; otherwise it is flattened to one line.
 */
export function quoteText(text: string, max: number, block = false): string {
  const cleaned = clip(text.replace(/\r\n?/g, "\n").replace(INVISIBLE, ""), max);
  const lines = cleaned
    .split("\n")
    .map((line) => escapeLine(line.replace(CONTROL, " ")).trim())
    .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""));
  if (!block) return lines.filter(Boolean).join(" ").replace(/^#/, "\\#");
  return (
    lines
      .slice(0, MAX_QUOTE_LINES)
      // A quoted line must not become a heading that could pass for the app's own words.
      .map((line) => (line ? `> ${line.replace(/^#/, "\\#")}` : ">"))
      .join("\n")
  );
}

function escapeLine(line: string): string {
  return (
    line
      .replace(/&/g, "&amp;")
      .replace(MARKDOWN_SPECIAL, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`))
      .replace(/[@＠]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
      // GFM turns bare `scheme://…` and `www.…` into links, and GitHub `#123` into issue links.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
  );
}

/**
 * Markdown placed in a table cell. GFM splits cells on every `|` not preceded by a backslash, even
 * inside code spans (where `\|` still renders as `|`), so every bare pipe is escaped.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, "\\|");
}
