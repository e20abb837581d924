// Small hand-written markdown scanners. No regular expression here may backtrack on
// attacker-controlled input: every helper walks its input once.
import { clipChars } from "../text/github-limits.js";

/** What a form renders for a field left empty (compared in lower case). */
export const NO_RESPONSE = "_no response_";

/** Issue bodies are at most 65,536 characters on GitHub; anything beyond is ignored, never parsed. */
export function normaliseNewlines(text: string): string {
  return clipChars(text).replace(/\r\n?/g, "\n");
}

/** Removes `<!-- ... -->` comments (an unterminated one runs to the end, as in a browser). */
export function stripHtmlComments(text: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const open = text.indexOf("<!--", at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

export interface Heading {
  level: number;
  text: string;
}

/** An ATX heading (`### Title`, up to three leading spaces), or null. */
export function parseHeading(line: string): Heading | null {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let level = 0;
  while (line[i + level] === "#") level++;
  if (level < 1 || level > 6) return null;
  const after = line[i + level];
  if (after !== undefined && after !== " " && after !== "\t") return null;
  // Drop the optional closing run of `#`s, then surrounding blanks.
  let end = line.length;
  while (end > i + level && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  let hashes = end;
  while (hashes > i + level && line[hashes - 1] === "#") hashes--;
  if (hashes < end && (line[hashes - 1] === " " || line[hashes - 1] === "\t")) end = hashes;
  return { level, text: line.slice(i + level, end).trim() };
}

export interface Checkbox {
  checked: boolean;
  text: string;
}

/** A task-list item (`- [x] text`, also `*`/`+` bullets and `[X]`), or null. */
export function parseCheckbox(line: string): Checkbox | null {
  let i = 0;
  while (line[i] === " " || line[i] === "\t") i++;
  if (line[i] !== "-" && line[i] !== "*" && line[i] !== "+") return null;
  i++;
  if (line[i] !== " " && line[i] !== "\t") return null;
  while (line[i] === " " || line[i] === "\t") i++;
  if (line[i] !== "[" || line[i + 2] !== "]") return null;
  const mark = line[i + 1];
  if (mark !== " " && mark !== "x" && mark !== "X") return null;
  return { checked: mark !== " ", text: line.slice(i + 3).trim() };
}

/** Tracks fenced code blocks (``` or ~~~) line by line, so headings inside code are not sections. */
export class FenceTracker {
  private fence: { char: string; length: number } | null = null;

  /** Feeds one line; returns true when the line is part of a fenced block (fence lines included). */
  inFence(line: string): boolean {
    let i = 0;
    while (i < 3 && line[i] === " ") i++;
    const char = line[i];
    if (char === "`" || char === "~") {
      let n = 0;
      while (line[i + n] === char) n++;
      if (n >= 3) {
        if (!this.fence) {
          this.fence = { char, length: n };
          return true;
        }
        if (this.fence.char === char && n >= this.fence.length && line.slice(i + n).trim() === "") {
          this.fence = null;
          return true;
        }
      }
    }
    return this.fence !== null;
  }
}

/** Lower-case, markup-free, single-spaced text for comparing headings and option labels. */
export function normaliseLabel(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text.toLowerCase()) {
    if (ch === "*" || ch === "_" || ch === "`" || ch === ":") continue;
    if (ch === " " || ch === "\t" || ch === "\u00a0") {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += ch;
  }
  return out;
}
