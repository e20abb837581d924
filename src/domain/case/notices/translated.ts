// Each notice kind (kinds.ts) in the requester's language: the message it is written with,
// and its values, neutralised exactly as rules.ts neutralises the English. Where the English
// carries words only English has (a command's usage problem, the `/help` list, a board move's
// reason), the translation says they follow in English below.
import { list, message as t } from "../../../language/catalogue.js";
import type { Translated } from "../../../language/languages.js";
import type { MessageKey, Params } from "../../../language/messages.js";
import type { SecretKind } from "../../safety/secrets.js";
import { utcMinute } from "../../text/dates.js";
import { codeSpan, mention, quoteText } from "../../text/neutralise.js";
import type { Notice } from "./kinds.js";
import type { NoticeContext } from "./words.js";

type NoticeOf<K extends Notice["kind"]> = Extract<Notice, { kind: K }>;
type Written = [MessageKey, Params?] | ((lang: Translated) => string);

const command = (name: string) => codeSpan(`/${name}`);
const commands = (names: string[]) => names.map((c) => codeSpan(c, 20)).join(", ");
const note = (text: string) => (text ? ` (${quoteText(text, 300)})` : "");

function secrets(lang: Translated, kinds: SecretKind[]): string {
  return kinds.length === 0
    ? t(lang, "secret.recovery-codes")
    : list(
        lang,
        kinds.map((k) => t(lang, `secret.${k}`)),
      );
}
function advice(lang: Translated, kinds: SecretKind[]): string {
  return [...kinds.map((k) => t(lang, `advice.${k}`)), t(lang, "advice.never")].join(" ");
}

/** One entry per kind: a kind without its translation does not compile. */
const WRITTEN: { [K in Notice["kind"]]: (n: NoticeOf<K>, ctx: NoticeContext) => Written } = {
  refused: (n) => (lang) => {
    const who = n.audiences.length > 1 ? "audience.both" : n.audiences[0] === "maintainer" ? "audience.maintainer" : "audience.requester";
    return t(lang, "notice.refused", { command: command(n.command), who: t(lang, who) });
  },
  usage: (n) => ["notice.usage", { command: command(n.command) }],
  hint: (n) => ["notice.hint", { written: command(n.written), meant: command(n.meant) }],
  "closed-case": (n) => ["notice.closed-case", { command: command(n.command) }],
  "own-case": (n) => ["notice.own-case", { command: command(n.command) }],
  "verification-off": () => ["notice.verification-off"],
  "info-request": (n) => ["notice.info-request", { question: quoteText(n.text, 600, true) }],
  "email-sent": (_, ctx) => ["notice.email-sent", { registry: ctx.registry }],
  challenge: (n) => [
    "notice.challenge",
    {
      repo: codeSpan(n.repo, 140),
      branch: codeSpan(n.branch),
      push: `\`git push origin HEAD:refs/heads/${n.branch}\``,
      until: utcMinute(n.expiresAt),
    },
  ],
  "code-wrong": (n) => ["notice.code-wrong", { count: n.attemptsLeft }],
  "code-expired": (n) => ["notice.code-expired", { hours: n.expiryHours }],
  "code-used": () => ["notice.code-used"],
  "code-locked": () => ["notice.code-locked"],
  "code-key-revoked": (n) => ["notice.code-key-revoked", { reviewer: codeSpan(n.reviewer) }],
  "factor-voided": (n) => (lang) =>
    t(lang, "notice.factor-voided", {
      reviewer: codeSpan(n.reviewer),
      factor: t(lang, `factor.${n.factor}`),
      command: n.factor === "email" ? "`/verify email`" : "`/verify repo <owner>/<repo>`",
    }),
  "code-not-expected": () => ["notice.code-not-expected"],
  "challenge-not-expected": () => ["notice.challenge-not-expected"],
  "branch-missing": (n) => ["notice.branch-missing", { branch: codeSpan(n.branch), repo: codeSpan(n.repo, 140) }],
  "branch-unchecked": () => ["notice.branch-unchecked"],
  "challenge-expired": (n) => ["notice.challenge-expired", { repo: codeSpan(n.repo, 140) }],
  "challenge-unreachable": (n) => ["notice.challenge-unreachable", { repo: codeSpan(n.repo, 140) }],
  "approve-needs-verification": () => ["notice.approve-needs-verification"],
  verified: () => ["notice.verified"],
  approved: (n, ctx) => ["notice.approved", { registry: ctx.registry, note: note(n.note) }],
  denied: (n) => ["notice.denied", { reason: quoteText(n.reason, 300) }],
  help: (_, ctx) => ["notice.help", { sender: codeSpan(ctx.sender, 40) }],
  reminder: (n) => ["notice.reminder", { days: n.closeAfterDays }],
  "stale-closed": (n) => ["notice.stale-closed", { days: n.days, reopenDays: n.reopenDays }],
  reopened: () => ["notice.reopened"],
  "reopen-too-late": (n) => ["notice.reopen-too-late", { days: n.days }],
  "not-reopenable": () => ["notice.not-reopenable"],
  withdrawal: (n) => (n.sure ? ["notice.withdrawal.sure", { days: n.reopenDays }] : ["notice.withdrawal.unsure"]),
  "reply-after-decision": () => ["notice.reply-after-decision"],
  "command-too-late": (n) => ["notice.command-too-late", { date: utcMinute(n.writtenAt), commands: commands(n.commands) }],
  "command-before-reset": (n) => ["notice.command-before-reset", { commands: commands(n.commands) }],
  "queue-news": (n) => (lang) => {
    const where =
      n.ahead === null ? t(lang, "news.unknown") : n.ahead === 0 ? t(lang, "news.next") : t(lang, "news.ahead", { count: n.ahead });
    const wait = n.waitWeeks ? ` ${t(lang, "news.wait", { count: n.waitWeeks })}` : "";
    return [where + wait, t(lang, "news.after"), ...(n.passerBy ? [t(lang, "news.passer-by")] : [])].join("\n\n");
  },
  "too-many-commands": (n) => ["notice.too-many-commands", { count: n.dropped }],
  "board-move-refused": (n) => ["notice.board-move-refused", { mover: mention(n.mover), column: codeSpan(n.to, 60) }],
  "secret-in-comment": (n) => (lang) =>
    t(lang, "notice.secret-in-comment", {
      commenter: mention(n.commenter),
      secrets: secrets(lang, n.kinds),
      advice: advice(lang, n.kinds),
    }),
  "address-in-comment": (n) => ["notice.address-in-comment", { commenter: mention(n.commenter) }],
  "secret-in-body": (n) => (lang) => {
    const part = n.parts.includes("title") ? (n.parts.includes("body") ? "-both" : "-title") : "";
    return t(lang, "notice.secret-in-body", {
      what: t(lang, `part.${n.subject}${part}`),
      secrets: secrets(lang, n.kinds),
      advice: advice(lang, n.kinds),
    });
  },
};

export function translatedNotice(notice: Notice, ctx: NoticeContext, lang: Translated): string {
  const written = (WRITTEN[notice.kind] as (n: Notice, c: NoticeContext) => Written)(notice, ctx);
  return typeof written === "function" ? written(lang) : t(lang, written[0], written[1]);
}
