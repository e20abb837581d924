// Configuration problems in plain words, for the admins who edit `.github/recovery-triage.yml`:
// each names its key, what is wrong with the value written, and the fix. Zod's own messages
// ("Invalid input: expected array, received string") are for programmers.
import type { z } from "zod";
import { codeSpan } from "../domain/text/neutralise.js";

/** What a value of each kind looks like, with an example an admin can copy. */
const KIND: Record<string, string> = {
  array: "a list, for example `[alice, bob]`",
  string: "a piece of text",
  number: "a number",
  int: "a whole number",
  boolean: "`true` or `false`",
  object: "a mapping of keys (indented lines below it)",
};

function received(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  // Shown in a check run and a terminal: a code span, so nothing written in the file forms markup.
  if (typeof value === "string") return `the text ${codeSpan(value, 40)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** `reviewers[1]` for the path ["reviewers", 1] under `prefix`. */
function keyOf(prefix: string, path: PropertyKey[]): string {
  let key = prefix;
  for (const part of path) key = typeof part === "number" ? `${key}[${part}]` : key ? `${key}.${String(part)}` : String(part);
  return key;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, p) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined), value);
}

/** One plain sentence for a zod issue on the value written at `prefix`. */
export function describeIssue(prefix: string, issue: z.core.$ZodIssue, written: unknown): string {
  const key = `\`${keyOf(prefix, issue.path)}\``;
  const value = valueAt(written, issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${key} must be ${KIND[issue.expected] ?? issue.expected}, but it is ${received(value)}`;
    case "invalid_value":
      return `${key} must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}, but it is ${received(value)}`;
    case "too_small":
      return issue.origin === "array"
        ? `${key} must list at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"}`
        : issue.origin === "string"
          ? `${key} must not be empty`
          : `${key} must be at least ${String(issue.minimum)}, but it is ${received(value)}`;
    case "too_big":
      return issue.origin === "array"
        ? `${key} can list at most ${String(issue.maximum)} items`
        : issue.origin === "string"
          ? `${key} can be at most ${String(issue.maximum)} characters long`
          : `${key} can be at most ${String(issue.maximum)}, but it is ${received(value)}`;
    default:
      // Our own refinements carry plain messages already ("must be a GitHub login").
      return `${key} ${issue.message}, but it is ${received(value)}`;
  }
}

/** The known key closest to a misspelt one (at most two edits away), if any. */
export function closestKey(key: string, known: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps); keys are short. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
