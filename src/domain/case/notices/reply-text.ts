// Turning an event's notices into the one new comment the app posts for it. The requester is
// mentioned only when they must act or learn of a decision; the reviewer only when the case
// needs them. Everything a user wrote is echoed through the neutraliser.
import type { Config } from "../../../config/schema.js";
import { COMMANDS } from "../commands/index.js";
import { mention } from "../../text/neutralise.js";
import { NOTICE_RULES, ruleOf, type Notice } from "./rules.js";
import { replyKinds, replyMarker, reviewerPings, type ReplyHistory } from "./replies.js";
import { translatedLanguage, type CaseLanguage } from "../language.js";
import { translatedNotice } from "./translated.js";
import { sameLogin } from "../../text/login.js";
import type { CommandSpec } from "../commands/spec.js";

export interface ReplyContext {
  /** Unique to this reply. */
  key: string;
  /** The comment being answered, if any. */
  re: number | null;
  /** What the app already said on this issue, and when it is now (for the reviewer-mention limit). */
  history: ReplyHistory;
  now: Date;
  /** The commands `/help` lists: the desk's own unless a test adds one (as decide() may be given). */
  commands?: readonly CommandSpec[];
}

/** Who a reply may mention: the requester (the author) and the case's reviewer. */
export interface People {
  author: string;
  reviewer: string | null;
  /** Taken in quietly (domain/case/adoption.ts): the reply mentions nobody. */
  quiet?: boolean;
  /** The case's language besides English (domain/case/language.ts). */
  language?: CaseLanguage;
}

export function renderNotices(notices: Notice[], people: People, config: Config, sender: string, reply: ReplyContext): string | null {
  if (notices.length === 0) return null;
  const ctx = { registry: config.registry_name, sender, commands: reply.commands ?? COMMANDS };
  const paragraphs = dedupe(notices).map((n) => ruleOf(n).text(n, ctx));
  const who: string[] = [];
  if (!people.quiet && notices.some((n) => NOTICE_RULES[n.kind].requester)) who.push(mention(people.author));
  // The reviewer is called at most once per issue per hour for the same cause.
  const pinged = people.reviewer && !people.quiet ? reviewerPings(notices, reply.history, reply.now) : [];
  if (pinged.length > 0) who.push(mention(people.reviewer!));
  const greeting = who.length > 0 ? `${[...new Set(who)].join(" ")} — ` : "";
  // A reply to the requester comes in their language first, then in English, the reference, as it always reads.
  const lang = translatedLanguage(people.language);
  const toRequester = sameLogin(sender, people.author) || notices.some((n) => NOTICE_RULES[n.kind].requester);
  const translated =
    lang && toRequester
      ? `${greeting}${dedupe(notices)
          .map((n) => translatedNotice(n, ctx, lang))
          .join("\n\n")}\n\n---\n\n`
      : "";
  return `${translated}${greeting}${paragraphs.join("\n\n")}${replyMarker(sender, replyKinds(notices), reply.key, reply.re, pinged)}`;
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
