// The words notices share: naming secrets and what to do about them, naming who may run a
// command, and the `/help` list (built from the commands' own specs).
import type { SecretKind } from "../safety/secrets.js";
import { codeSpan } from "../text/neutralise.js";
import type { Audience, CommandSpec } from "./commands/spec.js";

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
