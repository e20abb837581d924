// What the app must tell people after an event. All notices of one event are folded into a single
// new comment (comment creation is the most expensive write GitHub has), and a notice exists only
// when a person must act or must learn of a decision: everything else is shown on the card.
import { codeSpan, mention, quoteText } from "../../text/neutralise.js";
import { utcMinute } from "../../text/dates.js";
import {
  audienceNames,
  FACTOR_WORDS,
  helpText,
  PASSER_BY,
  QUEUE_NEWS_AFTER,
  queueNews,
  secretAdvice,
  secretNames,
  type NoticeContext,
} from "./words.js";
import type { Notice } from "./kinds.js";

export type { Notice };

/**
 * How the desk treats each kind of notice. One record per kind, so a new kind is added in one place
 * (its rule and its text).
 * - `answer`: a reply to whoever caused the event. Answers fall under the per-user-per-issue cap
 *   (replies.ts); decisions and timers (approved, reminder…) are never capped: people must learn them.
 * - `limit`: a stricter limit of its own (refusals for life, `/help` hourly, code and branch answers per minute, news
 *   weekly per issue whoever asked).
 * - `requester` / `reviewer`: who is mentioned. The reviewer at most once per issue per hour per kind.
 */
export interface NoticeRule<N extends Notice = Notice> {
  answer: boolean;
  limit?: LimitedKind;
  requester?: true;
  reviewer?: true;
  /** The paragraph it adds to the event's reply. Everything a user wrote goes through the neutraliser. */
  text(notice: N, ctx: NoticeContext): string;
}

type NoticeOf<K extends Notice["kind"]> = Extract<Notice, { kind: K }>;

export type LimitedKind = "refused" | "help" | "code" | "done" | "daily" | "news";

export const NOTICE_RULES: { [K in Notice["kind"]]: NoticeRule<NoticeOf<K>> } = {
  refused: {
    answer: true,
    limit: "refused",
    text: (n) => `${codeSpan(`/${n.command}`)} can only be run by ${audienceNames(n.audiences)}, so nothing was changed.`,
  },
  usage: {
    answer: true,
    text: (n) => `${codeSpan(`/${n.command}`)} was not run: ${n.problem}.`,
  },
  hint: {
    answer: true,
    text: (n) => `There is no ${codeSpan(`/${n.written}`)} command — did you mean ${codeSpan(`/${n.meant}`)}?`,
  },
  "closed-case": {
    answer: true,
    text: (n) => `This request is closed, so ${codeSpan(`/${n.command}`)} no longer applies.`,
  },
  "own-case": {
    answer: true,
    text: (n) => `${codeSpan(`/${n.command}`)} was not run: nobody may decide on their own recovery request. Another maintainer has to.`,
  },
  "verification-off": {
    answer: true,
    text: () =>
      "Verification is not set up on this desk (the server has no `RECOVERY_SECRET`), so nothing was started. An admin needs to " +
      "configure it.",
  },
  "info-request": {
    answer: false,
    requester: true,
    text: (n) =>
      `the reviewer needs something from you before your request can move on:\n\n${quoteText(n.text, 600, true)}\n\nPlease answer in ` +
      `a comment below.`,
  },
  "email-sent": {
    answer: false,
    requester: true,
    text: (_, ctx) =>
      `a reviewer has sent an email with a one-time code to the address ${ctx.registry} has on file for this account. ` +
      "Look for it in your inbox (and the spam folder). When it arrives, comment here with `/code` followed by the 8 digits, for " +
      "example `/code 12345678`. " +
      "The code works once, only on this issue, and only for you.",
  },
  challenge: {
    answer: false,
    requester: true,
    text: (n) =>
      `to show you control ${codeSpan(n.repo, 140)}, please create an empty branch named ${codeSpan(n.branch)} in that repository ` +
      `(for example \`git push origin HEAD:refs/heads/${n.branch}\`), then comment \`/done\` here. You can delete the branch afterwards. ` +
      `This challenge is open until ${utcMinute(n.expiresAt)}.`,
  },
  "code-wrong": {
    answer: true,
    limit: "code",
    text: (n) =>
      `That code is not right. Please check the most recent email and try again (${n.attemptsLeft} ` +
      `attempt${n.attemptsLeft === 1 ? "" : "s"} left).`,
  },
  "code-expired": {
    answer: true,
    limit: "code",
    text: (n) => `That code has expired (codes last ${n.expiryHours} hours). Please reply here to ask the reviewer for a new one.`,
  },
  "code-used": {
    answer: true,
    limit: "code",
    text: () => "That code was already used. Nothing else is needed for the email check.",
  },
  "code-locked": {
    answer: true,
    limit: "code",
    reviewer: true,
    text: () =>
      "Too many wrong codes were entered, so the email check is locked to protect the account. The reviewer will decide the next step.",
  },
  "code-key-revoked": {
    answer: true,
    limit: "code",
    reviewer: true,
    text: (n) =>
      `The code was sent with a reviewer key that has since been replaced, so the email check cannot finish with it. ` +
      `${codeSpan(n.reviewer)} or another reviewer will run \`/verify email\` again and send a new code.`,
  },
  "factor-voided": {
    answer: true,
    reviewer: true,
    text: (n) =>
      `${codeSpan(n.reviewer)} started the ${FACTOR_WORDS[n.factor][0]} but can no longer act on this repository, so it no ` +
      `longer counts and nothing it received was accepted. A maintainer will start it again with ${FACTOR_WORDS[n.factor][1]}.`,
  },
  "code-not-expected": {
    answer: true,
    limit: "code",
    text: () => "No email code is expected on this request right now. The reviewer will say when one is sent.",
  },
  "challenge-not-expected": {
    answer: true,
    limit: "done",
    text: () => "No repository challenge is open on this request.",
  },
  "branch-missing": {
    answer: true,
    limit: "done",
    text: (n) =>
      `The branch ${codeSpan(n.branch)} was not found in ${codeSpan(n.repo, 140)} yet. Check the name (it must match exactly), push ` +
      `it, and comment \`/done\` again.`,
  },
  "branch-unchecked": {
    answer: true,
    limit: "done",
    text: () => "The repository could not be checked just now. Nothing is lost: it is checked again automatically.",
  },
  "challenge-expired": {
    answer: true,
    limit: "done",
    reviewer: true,
    text: (n) =>
      `The repository challenge for ${codeSpan(n.repo, 140)} has expired without the branch. The reviewer will decide the next step.`,
  },
  "challenge-unreachable": {
    answer: true,
    limit: "done",
    reviewer: true,
    text: (n) =>
      `The app can no longer see ${codeSpan(n.repo, 140)} (it was made private, renamed or deleted), so that challenge can never be ` +
      `met. The reviewer will choose another way to verify.`,
  },
  "approve-needs-verification": {
    answer: true,
    text: () =>
      "This request is not verified yet, so it was not approved. Finish verification first, or write `/approve force <reason>` to " +
      "approve anyway with a recorded reason.",
  },
  verified: {
    answer: false,
    reviewer: true,
    text: () => "every required verification step is confirmed. This request is ready for your decision (`/approve` or `/deny <reason>`).",
  },
  approved: {
    answer: false,
    requester: true,
    text: (n, ctx) =>
      `your recovery request was approved${n.note ? ` (${quoteText(n.note, 300)})` : ""}. Follow the instructions in the email ` +
      `from ${ctx.registry} to get back into your account.`,
  },
  denied: {
    answer: false,
    requester: true,
    text: (n) => `your recovery request could not be approved: ${quoteText(n.reason, 300)}. If you have new information, reply here.`,
  },
  help: {
    answer: true,
    limit: "help",
    text: (n, ctx) => helpText(n.audiences, ctx),
  },
  reminder: {
    answer: false,
    requester: true,
    text: (n) =>
      `this request is waiting for you (see the status card above). If we don't hear from you within ${n.closeAfterDays} days, ` +
      "it will be closed. A reply here later opens it again.",
  },
  "stale-closed": {
    answer: false,
    requester: true,
    text: (n) =>
      `this request was closed because we have not heard from you in ${n.days} days. ` +
      `If you still need help, reply here within ${n.reopenDays} days and it opens again.`,
  },
  reopened: {
    answer: false,
    reviewer: true,
    text: () => "the requester replied, so this request is open again. It is back where it was before it closed.",
  },
  "reopen-too-late": {
    answer: true,
    text: (n) => `This request closed more than ${n.days} days ago, so it cannot open again. Please open a new request.`,
  },
  "not-reopenable": {
    answer: true,
    text: () => "Only a request closed for lack of an answer, or one you withdrew, can be opened again this way.",
  },
  withdrawal: {
    answer: true,
    limit: "daily",
    text: (n) =>
      n.sure
        ? "You asked for this request to be closed, so it is closed now. If you need it again, comment `/reopen` here " +
          `within ${n.reopenDays} days.`
        : "It sounds like you can sign in again. If so, comment `/withdraw` to close this request. If you still need help, just " +
          "say so here: your request keeps its place in the queue.",
  },
  "reply-after-decision": {
    answer: false,
    reviewer: true,
    limit: "daily",
    text: () => "the requester replied after the request was denied. The decision stands unless you reopen the request.",
  },
  "command-too-late": {
    answer: true,
    text: (n) =>
      `GitHub never delivered your comment of ${utcMinute(n.writtenAt)} with ${n.commands.map((c) => codeSpan(c, 20)).join(", ")} ` +
      "to the desk, and it is too old to apply now. Nothing was done: please post it again.",
  },
  "command-before-reset": {
    answer: true,
    text: (n) =>
      `${n.commands.map((c) => codeSpan(c, 20)).join(", ")} was written before the request changed the account it names, ` +
      "so it was not run: it was about the account named then. Post it again if it still holds for the account named now.",
  },
  // Never mentions anyone: the point is that nobody is notified again.
  "queue-news": {
    answer: true,
    limit: "news",
    text: (n) => `${queueNews(n)}\n\n${QUEUE_NEWS_AFTER}${n.passerBy ? `\n\n${PASSER_BY}` : ""}`,
  },
  "too-many-commands": {
    answer: true,
    text: (n) => `Only the first 10 commands of a comment are run; ${n.dropped} more were ignored.`,
  },
  "board-move-refused": {
    answer: true,
    limit: "refused",
    text: (n) =>
      `${mention(n.mover)} moved this request to ${codeSpan(n.to, 60)} on the project board; the desk put it back, because ${n.why}.`,
  },
  "secret-in-comment": {
    answer: true,
    reviewer: true,
    text: (n) =>
      `${mention(n.commenter)}, your comment contained ${secretNames(n.kinds)}, so it was deleted: this issue is ` +
      `public. ${secretAdvice(n.kinds)}`,
  },
  "address-in-comment": {
    answer: true,
    text: (n) =>
      `${mention(n.commenter)}, your comment contained an email address, so it was deleted: this issue is public. ` +
      "Reviewers write to the address on file. Please post your comment again without the address.",
  },
  "secret-in-body": {
    answer: true,
    requester: true,
    reviewer: true,
    text: (n) =>
      `your ${n.subject}${n.parts.includes("title") ? (n.parts.includes("body") ? " (its title and text)" : "'s title") : ""} ` +
      `contained ${secretNames(n.kinds)}. ` +
      "It has been replaced with `[redacted]`, but GitHub keeps the history of edits " +
      `and anyone can read it, so treat it as leaked. ${secretAdvice(n.kinds)}`,
  },
};

/** The rule of a notice's kind, typed for any notice. */
export function ruleOf(notice: Notice): NoticeRule {
  return NOTICE_RULES[notice.kind] as NoticeRule;
}
