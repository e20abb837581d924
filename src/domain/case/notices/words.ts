// The words notices share: naming secrets and what to do about them, naming who may run a
// command, the `/help` list (built from the commands' own specs), factors, and where a queued
// request stands.
import type { SecretKind } from "../../safety/secrets.js";
import { codeSpan } from "../../text/neutralise.js";
import type { Audience, CommandSpec } from "../commands/spec.js";
import type { Notice } from "./kinds.js";

const SECRET_NAMES: Record<SecretKind, string> = {
  "recovery-codes": "recovery codes",
  "api-token": "an API token",
  "totp-secret": "a two-factor (TOTP) secret",
  password: "a password",
  "email-code": "your one-time code",
};

const SECRET_ADVICE: Record<SecretKind, string> = {
  "recovery-codes": "Treat those recovery codes as used up: anyone may have copied them.",
  "api-token": "Revoke that API token as soon as you can sign in (a reviewer can revoke it sooner), and create a new one.",
  "totp-secret": "That two-factor secret is compromised: once you are back in, remove that authenticator and set up a new one.",
  password: "Change that password, and anywhere else you used it.",
  "email-code": "To use a code, comment `/code` followed by the digits on a line of its own.",
};

export function secretNames(kinds: SecretKind[]): string {
  const names = kinds.map((k) => SECRET_NAMES[k]);
  return names.length <= 1 ? (names[0] ?? "a secret") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function secretAdvice(kinds: SecretKind[]): string {
  return [
    ...kinds.map((k) => SECRET_ADVICE[k]),
    "Never post codes, passwords or tokens here — nobody on this desk will ask for them.",
  ].join(" ");
}

/** What a notice's text may draw on besides the notice itself. */
export interface NoticeContext {
  registry: string;
  /** Who caused the event (named in `/help`). */
  sender: string;
  /** The desk's commands, for `/help`. */
  commands: readonly CommandSpec[];
}

export function audienceNames(audiences: readonly Audience[]): string {
  return audiences.map((a) => (a === "maintainer" ? "the desk's maintainers" : "the person who opened this request")).join(" or ");
}

/** The commands each audience may use; `/help` last, and listed once for someone in both audiences. */
export function helpText(audiences: readonly Audience[], ctx: NoticeContext): string {
  const lines = [`Commands you (${codeSpan(ctx.sender, 40)}) can use on this request:`, ""];
  const helpOnce = audiences[0];
  for (const audience of audiences) {
    const mine = ctx.commands.filter((c) => c.audiences.includes(audience));
    const listed = [...mine.filter((c) => c.name !== "help"), ...(audience === helpOnce ? mine.filter((c) => c.name === "help") : [])];
    for (const spec of listed) lines.push(`- ${codeSpan(spec.usage, 80)} — ${spec.summary}. Example: ${codeSpan(spec.example, 100)}`);
  }
  return lines.join("\n");
}

/** How each factor is named in a sentence, and the command that starts it. */
export const FACTOR_WORDS = {
  email: ["email check", "`/verify email`"],
  repo: ["repository challenge", "`/verify repo <owner>/<repo>`"],
} as const;

export function queueNews(n: Extract<Notice, { kind: "queue-news" }>): string {
  const where =
    n.ahead === null
      ? "This request is in the queue, waiting for a reviewer."
      : n.ahead === 0
        ? "This request is next in the queue: no request filed before it is waiting for a reviewer."
        : `This request is in the queue: ${n.ahead} request${n.ahead === 1 ? "" : "s"} filed before it ${n.ahead === 1 ? "is" : "are"} ` +
          "waiting for a reviewer.";
  const wait = n.waitWeeks
    ? ` The expected wait is about ${n.waitWeeks} week${n.waitWeeks === 1 ? "" : "s"} (a guess from the desk's recent pace).`
    : "";
  return where + wait;
}

export const QUEUE_NEWS_AFTER =
  "Requests are handled in the order they arrive. The status card at the top changes as soon as this one moves, so there is no " +
  "need to ask again. Comments that only ask for news are hidden to keep this thread readable; they do not change the request's " +
  "place.";

export const PASSER_BY =
  "If you are locked out of an account of your own, please open a request of your own. Each request is about one account, and a " +
  "comment here does not add yours to the queue.";
