// The rules a request must meet, as a zod schema over the parsed fields. Each failure carries
// a typed Problem so the card can explain it in plain words and the state can store it.
import { z } from "zod";
import { CHECKBOX_ROLES, type CheckboxRole } from "./form.js";
import type { ParsedRequest } from "./parse.js";
import { usernameFollowsRules, type UsernameField, type UsernameRules } from "./username.js";
import { clip } from "../text/neutralise.js";
import { EMAIL_REMOVED } from "../safety/emails.js";
import type { SecretKind } from "../safety/secrets.js";

export type Problem =
  | { code: "username-missing" }
  | { code: "username-unknown" }
  | { code: "username-email" }
  /** The field held a secret of this kind (removed from the body): never quoted anywhere. */
  | { code: "username-secret"; kind: SecretKind }
  | { code: "username-several"; names: string[] }
  | { code: "username-invalid"; name: string }
  | { code: "reason-missing" }
  | { code: "reason-unclear" }
  | { code: "box-unchecked"; box: CheckboxRole }
  /** The request says the problem is solved: the requester is asked whether to close it. */
  | { code: "says-solved" }
  /** The registry has no account of that name (found by the evidence gathering, not in the text). */
  | { code: "account-not-found"; name: string; testInstance: boolean };

export const problemSchema: z.ZodType<Problem> = z.discriminatedUnion("code", [
  z.object({ code: z.literal("username-missing") }),
  z.object({ code: z.literal("username-unknown") }),
  z.object({ code: z.literal("username-email") }),
  z.object({ code: z.literal("username-secret"), kind: z.enum(["recovery-codes", "api-token", "totp-secret", "password", "email-code"]) }),
  z.object({ code: z.literal("username-several"), names: z.array(z.string().max(100)).max(20) }),
  z.object({ code: z.literal("username-invalid"), name: z.string().max(100) }),
  z.object({ code: z.literal("reason-missing") }),
  z.object({ code: z.literal("reason-unclear") }),
  z.object({ code: z.literal("box-unchecked"), box: z.enum(["recoveryCodes", "codeOfConduct", "acknowledgement"]) }),
  z.object({ code: z.literal("says-solved") }),
  z.object({ code: z.literal("account-not-found"), name: z.string().max(100), testInstance: z.boolean() }),
]);

export type Validation =
  | { valid: true; username: string; testInstance: boolean; problems: [] }
  | { valid: false; username: string | null; testInstance: boolean; problems: Problem[] };

/** Values echoed into a problem are clipped: the card never repeats a wall of text. */
const ECHO_LIMIT = 60;

function usernameSchema(rules: UsernameRules) {
  return z.custom<UsernameField | null>().superRefine((field, ctx) => {
    const fail = (problem: Problem) => ctx.addIssue({ code: "custom", message: problem.code, params: { problem } });
    if (field?.secret) return fail({ code: "username-secret", kind: field.secret });
    if (field?.unknown && !field.email) return fail({ code: "username-unknown" });
    if (!field || (field.names.length === 0 && !field.email)) return fail({ code: "username-missing" });
    if (field.names.length === 0) return fail({ code: "username-email" });
    if (field.names.length > 1) return fail({ code: "username-several", names: field.names.slice(0, 5).map((n) => clip(n, ECHO_LIMIT)) });
    const name = field.names[0]!;
    if (!usernameFollowsRules(name, rules)) fail({ code: "username-invalid", name: clip(name, ECHO_LIMIT) });
  });
}

/** Words that say nothing about what happened on their own: the form's words, and how people introduce an address. */
const EMPTY_WORDS = new Set([
  "my",
  "email",
  "e-mail",
  "mail",
  "address",
  "is",
  "the",
  "a",
  "an",
  "reason",
  "username",
  "pypi",
  "account",
  "here",
  "none",
  "see",
  "above",
  "n/a",
]);

/**
 * A reason says what happened: at least two words of its own, not counting email addresses, links
 * and the form's words. Template residue (`currentContent.`), a lone address or a single word is not a reason.
 */
/** Scripts written without spaces between words: a sentence there is judged by its characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Distinct characters of such a script that make a sentence (丢失了手机 "lost my phone" has five). */
const UNSPACED_SENTENCE = 4;

export function saysWhatHappened(reason: string): boolean {
  if (new Set(reason.match(UNSPACED) ?? []).size >= UNSPACED_SENTENCE) return true;
  // Split on whitespace first, so no pattern ever scans a long run twice (the input is hostile); two
  // different words are enough, so the reading stops at the second.
  let first: string | null = null;
  for (const token of reason.split(/\s+/)) {
    if (token.includes("@") || token.includes(EMAIL_REMOVED) || /^(?:https?:\/\/|www\.)/i.test(token)) continue;
    for (const w of token.split(/[^\p{L}\p{N}'-]+/u)) {
      const word = w.toLowerCase();
      if ((w.match(/\p{L}/gu)?.length ?? 0) < 2 || EMPTY_WORDS.has(word)) continue;
      if (first !== null && word !== first) return true;
      first = word;
    }
  }
  return false;
}

function boxSchema(box: CheckboxRole) {
  return z.boolean().refine((checked) => checked, { params: { problem: { code: "box-unchecked", box } satisfies Problem } });
}

function requestSchema(rules: UsernameRules, required: readonly CheckboxRole[]) {
  return z.object({
    username: usernameSchema(rules),
    reason: z
      .string()
      .nullable()
      .superRefine((reason, ctx) => {
        const fail = (problem: Problem) => ctx.addIssue({ code: "custom", message: problem.code, params: { problem } });
        if (reason === null || reason.trim().length === 0) return fail({ code: "reason-missing" });
        if (!saysWhatHappened(reason)) fail({ code: "reason-unclear" });
      }),
    boxes: z.object(Object.fromEntries(required.map((box) => [box, boxSchema(box)]))),
  });
}

/** Built once per rule set and box list: building a zod schema costs far more than running it. */
const SCHEMAS = new Map<string, ReturnType<typeof requestSchema>>();

function schemaFor(rules: UsernameRules, required: readonly CheckboxRole[]) {
  const key = `${rules}:${required.join(",")}`;
  let schema = SCHEMAS.get(key);
  if (!schema) SCHEMAS.set(key, (schema = requestSchema(rules, required)));
  return schema;
}

export function validateRequest(parsed: ParsedRequest, rules: UsernameRules): Validation {
  // A body in the form's shape needs the boxes its form had; anything else needs them all.
  const required = parsed.hasFormSections ? parsed.boxesInForm : CHECKBOX_ROLES;
  const result = schemaFor(rules, required).safeParse(parsed);
  const only = parsed.username?.names.length === 1 ? parsed.username.names[0]! : null;
  if (result.success && only && !parsed.saysSolved) return { valid: true, username: only, testInstance: parsed.testInstance, problems: [] };
  const problems = (result.error?.issues ?? []).map(
    (issue) => ((issue as { params?: { problem?: Problem } }).params?.problem ?? { code: "username-missing" }) as Problem,
  );
  if (parsed.saysSolved) problems.push({ code: "says-solved" });
  const usable = only && usernameFollowsRules(only, rules) ? only : null;
  return { valid: false, username: usable, testInstance: parsed.testInstance, problems };
}
