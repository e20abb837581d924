// A decision, as the writes that bring GitHub to it: pure, so what an event will write can be read
// (and tested) before anything is written, and one executor (spine/executor.ts) applies every plan.
// The order is deliberate. A comment holding a one-time code goes first (public for as short a time
// as possible); comment creations before the issue update (GitHub paces creations 3 s apart, the
// slowest kind, so a burst's 1 s-paced updates fill the gaps); the card before the reply it
// promises, which the card records (`outbox`) so that a crash between the two loses nothing; a lock
// before the card that records it (only what GitHub confirmed is recorded), an unlock before the
// issue opens again.
import { hasStateMarker, type CaseState } from "./state.js";
import type { IssuePatch } from "./view.js";
import type { Comment, Issue } from "../../github/repo-client.js";
import { renderNotices } from "./notices/reply-text.js";
import type { DecideInput, Trigger } from "./model.js";
import type { Config } from "../../config/schema.js";
import type { StatusField } from "../../github/project-board.js";

export type Write =
  /** A reply an earlier run promised (its card records it) that is not in the thread: a crash came between. */
  | { kind: "post-promised"; body: string; key: string }
  | { kind: "delete-comment"; trigger: Trigger }
  /** The comment hidden as outdated (GraphQL minimizeComment): it only asked for news. */
  | { kind: "hide-comment"; nodeId: string }
  /** The comment rewritten (an address removed); if GitHub refuses the edit, it is deleted and `otherwise` posted. */
  | { kind: "rewrite-comment"; trigger: Trigger; body: string; otherwise: { body: string; key: string } }
  | { kind: "create-card"; body: string }
  | { kind: "update-card"; commentId: number; body: string }
  | { kind: "reply"; body: string; key: string }
  /** `read`: the issue as this run read it (a rewrite of its text must not undo a newer edit). */
  | { kind: "update-issue"; patch: IssuePatch; read: Issue }
  | { kind: "react"; commentId: number }
  /** The thread locked as resolved (a decided case: domain/case/locking.ts), or the desk's lock lifted (the case is open again). */
  | { kind: "lock" }
  | { kind: "unlock" }
  /**
   * The case's item on the project board put in the option `optionId`: added first when `item` is
   * not known (the add also tells its current option), the status set only when it differs.
   */
  | { kind: "board-place"; field: StatusField; fieldName: string; contentId: string; item: BoardItem | null; optionId: string }
  /** The verdict on the desk's settings as a check run on the pushed commit (not a case's write, but the desk's). */
  | { kind: "check-run"; sha: string; name: string; conclusion: "success" | "failure"; output: { title: string; summary: string } };

/** An item of the project board as the desk last saw it. */
export interface BoardItem {
  itemId: string;
  optionId: string | null;
}

/** How long a promised reply is still worth posting after a crash (later, the case has moved on). */
const PROMISE_KEPT_MS = 24 * 3_600_000;
/** The largest reply the card keeps whole for after a crash (replies are far shorter). */
const OUTBOX_MAX = 8000;

export interface PlanInput {
  issue: Issue;
  card: Comment | null;
  /** The card as it must read (rendered from `withPromise`'s state). */
  cardBody: string;
  reply: { body: string; key: string } | null;
  patch: IssuePatch | null;
  deleteComment: boolean;
  hideComment: boolean;
  rewriteComment: { body: string; otherwise: { body: string; key: string } } | null;
  lock: "lock" | "unlock" | null;
  /** An accepted command that shows nothing else gets a 👍. */
  acknowledge: boolean;
  trigger: Trigger | null;
  /** What the previous state promised, and whether the thread holds it. */
  promised: { body: string; key: string } | null;
}

/** The state the card records: the reply this decision promises, or the last one while none is new. */
export function withPromise(state: CaseState, reply: { body: string; key: string } | null, now: Date): CaseState {
  if (!reply) return state;
  return { ...state, outbox: reply.body.length <= OUTBOX_MAX ? { key: reply.key, body: reply.body, at: now.toISOString() } : null };
}

/** The earlier promise still owed: recorded, recent, and not in the thread (looked for by its key). */
export function owedPromise(
  previous: CaseState | null,
  comments: Comment[],
  botLogin: string,
  now: Date,
): { body: string; key: string } | null {
  const outbox = previous?.outbox;
  if (!outbox || now.getTime() - Date.parse(outbox.at) > PROMISE_KEPT_MS) return null;
  // The card holds the key too (in its outbox): only a reply of the app's counts as posted.
  const posted = comments.some((c) => c.author === botLogin && !hasStateMarker(c.body) && c.body.includes(outbox.key));
  return posted ? null : { body: outbox.body, key: outbox.key };
}

export function planCase(input: PlanInput): Write[] {
  const writes: Write[] = [];
  if (input.promised) writes.push({ kind: "post-promised", ...input.promised });
  if (input.deleteComment && input.trigger) writes.push({ kind: "delete-comment", trigger: input.trigger });
  else if (input.rewriteComment && input.trigger) writes.push({ kind: "rewrite-comment", trigger: input.trigger, ...input.rewriteComment });
  else if (input.hideComment && input.trigger?.nodeId) writes.push({ kind: "hide-comment", nodeId: input.trigger.nodeId });
  // Locked before the card that says so (a refused lock stops the plan: the card never says what did
  // not happen); unlocked before the issue opens again.
  if (input.lock === "lock") writes.push({ kind: "lock" });
  if (!input.card) writes.push({ kind: "create-card", body: input.cardBody });
  else if (input.card.body !== input.cardBody) writes.push({ kind: "update-card", commentId: input.card.id, body: input.cardBody });
  if (input.reply) writes.push({ kind: "reply", ...input.reply });
  if (input.lock === "unlock") writes.push({ kind: "unlock" });
  if (input.patch) writes.push({ kind: "update-issue", patch: input.patch, read: input.issue });
  if (input.acknowledge && input.trigger) writes.push({ kind: "react", commentId: input.trigger.commentId });
  return writes;
}

/** The reply for a comment that held an address and could not be edited (so it was deleted instead). */
export function addressNotice(
  config: Config,
  input: Pick<DecideInput, "actor" | "previous" | "issue" | "replies" | "now">,
  trigger: Trigger | null,
  key: string,
): { body: string; key: string } {
  const notice = { kind: "address-in-comment" as const, commenter: input.actor };
  const people = { author: input.previous?.author ?? input.issue.author, reviewer: null };
  const reply = { key, re: trigger?.commentId ?? null, history: input.replies, now: input.now };
  return { body: renderNotices([notice], people, config, input.actor, reply)!, key };
}
