// Turning an event's notices into the one new comment the app posts for it. The requester is
// mentioned only when they must act or learn of a decision; the reviewer only when the case
// needs them. Everything a user wrote is echoed through the neutraliser.
import type { Config } from "../config/schema.js";
import { COMMANDS, type Audience } from "../commands/catalog.js";
import { codeSpan, mention, quoteText } from "../text/neutralise.js";
import { when } from "./card.js";
import { NOTICE_RULES, type Notice } from "./notices.js";
import type { SecretKind } from "../safety/secrets.js";
import { replyKinds, replyMarker, reviewerPings, type ReplyHistory } from "./replies.js";

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

function secretNames(kinds: SecretKind[]): string {
  const names = kinds.map((k) => SECRET_NAMES[k]);
  return names.length <= 1 ? (names[0] ?? "a secret") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function secretAdvice(kinds: SecretKind[]): string {
  return [
    ...kinds.map((k) => SECRET_ADVICE[k]),
    "Never post codes, passwords or tokens here — nobody on this desk will ask for them.",
  ].join(" ");
}

export interface ReplyContext {
  /** Unique to this reply. */
  key: string;
  /** The comment being answered, if any. */
  re: number | null;
  /** What the app already said on this issue, and when it is now (for the reviewer-mention limit). */
  history: ReplyHistory;
  now: Date;
}

/** Who a reply may mention: the requester (the issue's author) and the case's reviewer. */
export interface People {
  author: string;
  reviewer: string | null;
}

export function renderNotices(notices: Notice[], people: People, config: Config, sender: string, reply: ReplyContext): string | null {
  if (notices.length === 0) return null;
  const registry = config.registry_name;
  const paragraphs = dedupe(notices).map((n) => noticeText(n, registry, sender));
  const who: string[] = [];
  if (notices.some((n) => NOTICE_RULES[n.kind].requester)) who.push(mention(people.author));
  // The reviewer is called at most once per issue per hour for the same cause.
  const pinged = people.reviewer ? reviewerPings(notices, reply.history, reply.now) : [];
  if (pinged.length > 0) who.push(mention(people.reviewer!));
  const greeting = who.length > 0 ? `${[...new Set(who)].join(" ")} — ` : "";
  return `${greeting}${paragraphs.join("\n\n")}${replyMarker(sender, replyKinds(notices), reply.key, reply.re, pinged)}`;
}

function dedupe(notices: Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function noticeText(n: Notice, registry: string, sender: string): string {
  switch (n.kind) {
    case "refused":
      return `${codeSpan(`/${n.command}`)} can only be run by ${n.audiences.map((a) => (a === "maintainer" ? "the desk's maintainers" : "the person who opened this request")).join(" or ")}, so nothing was changed.`;
    case "usage":
      return `${codeSpan(`/${n.command}`)} was not run: ${n.problem}.`;
    case "hint":
      return `There is no ${codeSpan(`/${n.written}`)} command — did you mean ${codeSpan(`/${n.meant}`)}?`;
    case "closed-case":
      return `This request is closed, so ${codeSpan(`/${n.command}`)} no longer applies. Reopen it first if it should continue.`;
    case "own-case":
      return `${codeSpan(`/${n.command}`)} was not run: nobody may decide on their own recovery request. Another maintainer has to.`;
    case "verification-off":
      return "Verification is not set up on this desk (the server has no `RECOVERY_SECRET`), so nothing was started. An admin needs to configure it.";
    case "info-request":
      return `the reviewer needs something from you before your request can move on:\n\n${quoteText(n.text, 600, true)}\n\nPlease answer in a comment below.`;
    case "email-sent":
      return (
        `a reviewer has sent an email with a one-time code to the address ${registry} has on file for this account. ` +
        "Look for it in your inbox (and the spam folder). When it arrives, comment here with `/code` followed by the 8 digits, for example `/code 12345678`. " +
        "The code works once, only on this issue, and only for you."
      );
    case "challenge":
      return (
        `to show you control ${codeSpan(n.repo, 140)}, please create an empty branch named ${codeSpan(n.branch)} in that repository ` +
        `(for example \`git push origin HEAD:refs/heads/${n.branch}\`), then comment \`/done\` here. You can delete the branch afterwards. ` +
        `This challenge is open until ${when(n.expiresAt)}.`
      );
    case "code-wrong":
      return `That code is not right. Please check the most recent email and try again (${n.attemptsLeft} attempt${n.attemptsLeft === 1 ? "" : "s"} left).`;
    case "code-expired":
      return `That code has expired (codes last ${n.expiryHours} hours). Please reply here to ask the reviewer for a new one.`;
    case "code-used":
      return "That code was already used. Nothing else is needed for the email check.";
    case "code-locked":
      return "Too many wrong codes were entered, so the email check is locked to protect the account. The reviewer will decide the next step.";
    case "code-not-expected":
      return "No email code is expected on this request right now. The reviewer will say when one is sent.";
    case "challenge-not-expected":
      return "No repository challenge is open on this request.";
    case "branch-missing":
      return `The branch ${codeSpan(n.branch)} was not found in ${codeSpan(n.repo, 140)} yet. Check the name (it must match exactly), push it, and comment \`/done\` again.`;
    case "branch-unchecked":
      return "The repository could not be checked just now. Nothing is lost: it is checked again automatically.";
    case "challenge-expired":
      return `The repository challenge for ${codeSpan(n.repo, 140)} has expired without the branch. The reviewer will decide the next step.`;
    case "challenge-unreachable":
      return `The app can no longer see ${codeSpan(n.repo, 140)} (it was made private, renamed or deleted), so that challenge can never be met. The reviewer will choose another way to verify.`;
    case "approve-needs-verification":
      return "This request is not verified yet, so it was not approved. Finish verification first, or write `/approve force <reason>` to approve anyway with a recorded reason.";
    case "verified":
      return "every required verification step is confirmed. This request is ready for your decision (`/approve` or `/deny <reason>`).";
    case "approved":
      return `your recovery request was approved${n.note ? ` (${quoteText(n.note, 300)})` : ""}. Follow the instructions in the email from ${registry} to get back into your account.`;
    case "denied":
      return `your recovery request could not be approved: ${quoteText(n.reason, 300)}. If you have new information, reply here.`;
    case "help":
      return helpText(n.audiences, sender);
    case "reminder":
      return `this request is waiting for you (see the status card above). If we don't hear from you within ${n.closeAfterDays} days, it will be closed — you can always reopen it later.`;
    case "stale-closed":
      return `this request was closed because we have not heard from you in ${n.days} days. If you still need help, reopen it or reply here.`;
    case "too-many-commands":
      return `Only the first 10 commands of a comment are run; ${n.dropped} more were ignored.`;
    case "secret-in-comment":
      return `${mention(n.commenter)}, your comment contained ${secretNames(n.kinds)}, so it was deleted: this issue is public. ${secretAdvice(n.kinds)}`;
    case "secret-in-body":
      return (
        `your ${n.subject}${n.parts.includes("title") ? (n.parts.includes("body") ? " (its title and text)" : "'s title") : ""} contained ${secretNames(n.kinds)}. ` +
        "It has been replaced with `[redacted]`, but GitHub keeps the history of edits " +
        `and anyone can read it, so treat it as leaked. ${secretAdvice(n.kinds)}`
      );
  }
}

function helpText(audiences: Audience[], sender: string): string {
  const lines = [`Commands you (${codeSpan(sender, 40)}) can use on this request:`, ""];
  for (const audience of audiences) {
    for (const spec of COMMANDS.filter((c) => c.audience === audience)) {
      if (audience === "requester" && audiences.includes("maintainer") && spec.name === "help") continue;
      lines.push(`- ${codeSpan(spec.usage, 80)} — ${spec.summary}. Example: ${codeSpan(spec.example, 100)}`);
    }
  }
  return lines.join("\n");
}
