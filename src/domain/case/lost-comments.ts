// What the sweep owes a case's thread: every comment a door would have given work (a command, a
// secret, a code, the requester's words) that the case's processed record does not hold was lost
// on its way (GitHub never redelivers on its own). Each becomes the event its webhook would have
// been: recent ones are applied with their author's roles as of now, older ones get one reply
// asking to repeat them, the oldest and every edited one are only guarded. Comments edited after
// they were processed are guarded again while they may expose a secret or the case's code.
import type { CaseEvent } from "./model.js";
import { unprocessed, isProcessed, type ThreadComment } from "./processed.js";
import type { ReplyHistory } from "./notices/replies.js";
import type { CaseState } from "./state.js";
import { sameLogin } from "../text/login.js";
import type { Config } from "../../config/schema.js";
import type { Comment } from "../../github/repo-client.js";
import { isBotLogin, readEditedComment, readNewComment } from "./comment-gate.js";

/** At most this many per case per sweep (a flood must not stall the sweep; the next one goes on). */
const PER_SWEEP = 5;
const HOUR_MS = 3_600_000;

/** A comment the sweep runs as its webhook would have: the author's roles are asked by the runner. */
export type FoundComment = Omit<Extract<CaseEvent, { kind: "comment" }>, "roles"> & {
  author: string;
  nodeId?: string;
  needsMaintainerCheck: boolean;
};

export function wasEdited(c: Comment): boolean {
  return Boolean(c.updatedAt && c.updatedAt !== c.createdAt);
}

/** A case's comments as the processed record sees them (domain/case/processed.ts): which ones a door gives work. */
export type Thread = (ThreadComment & { comment: Comment; news: boolean })[];

/**
 * Read once per step: the runner and the sweep's search for lost comments share it. Where the case
 * hides comments that only ask for news (`hidesNews`: a request in the queue), those need a record
 * too: whichever door sees one first hides it (the sweep, when its webhook was lost), and the
 * watermark must not pass it before one has.
 */
export function threadOf(comments: Comment[], botLogin: string, requester: string, hidesNews = false): Thread {
  return comments.map((comment) => {
    const reading = isBotLogin(comment.author, botLogin) ? null : readNewComment(comment.body, sameLogin(comment.author, requester));
    const news = reading?.news ?? false;
    return { id: comment.id, comment, needsWork: (reading?.needsWork ?? false) || (hidesNews && news), news };
  });
}

/** Comments only asking for news written in the day before comment `id` (the cap on hides counts them). */
export function newsAsksBefore(thread: Thread, id: number): number {
  const own = thread.find((c) => c.id === id);
  const at = own ? Date.parse(own.comment.createdAt) : Infinity;
  return thread.filter((c) => c.id < id && c.news && Date.parse(c.comment.createdAt) >= at - 24 * HOUR_MS).length;
}

export function findLostComments(
  thread: Thread,
  state: CaseState,
  replies: ReplyHistory,
  botLogin: string,
  config: Config,
  now: Date,
): FoundComment[] {
  const found = findOwedComments(thread, state, replies, config, now, Infinity);
  // Settled, yet still holding what must go: edited since (the edit's webhook may have been lost too,
  // with a secret in it), or a secret whose removal GitHub refused (answered or not, it is still public).
  for (const { comment: c } of thread) {
    if (found.length >= PER_SWEEP) break;
    const settled = isProcessed(state.processed, c.id) || replies.answered.includes(c.id);
    if (isBotLogin(c.author, botLogin) || !settled || found.some((f) => f.commentId === c.id)) continue;
    const reading = readEditedComment(c.body);
    if (wasEdited(c) ? reading.matters : reading.secrets)
      found.push({ ...event(c, reading.scan), edited: true, needsMaintainerCheck: reading.needsMaintainerCheck });
  }
  return found;
}

/**
 * The owed comments written before `before`, oldest first: every door runs them before the comment
 * it came for, so the comments of a case are applied in id order whatever order their webhooks
 * arrive in (a `/hold` delivered after its `/unhold` is still applied first) and a comment whose
 * webhook was lost is applied at the next comment's door, not only at the next sweep.
 */
export function findOwedComments(
  thread: Thread,
  state: CaseState,
  replies: ReplyHistory,
  config: Config,
  now: Date,
  before: number,
): FoundComment[] {
  const { replay_within_hours: replayHours, ask_within_days: askDays } = config.lost_commands;
  const found: FoundComment[] = [];
  for (const { comment: c } of unprocessed(state.processed, thread)) {
    if (c.id >= before || found.length >= PER_SWEEP) break;
    if (replies.answered.includes(c.id)) continue;
    const age = now.getTime() - Date.parse(c.createdAt);
    const reading = readNewComment(c.body, sameLogin(c.author, state.author));
    // Only commands can be asked for again; an old comment without any is only guarded.
    const askable = reading.scan.commands.length > 0 && age <= askDays * 24 * HOUR_MS;
    const mode = wasEdited(c) ? "guard" : age <= replayHours * HOUR_MS ? "apply" : askable ? "too-late" : "guard";
    found.push({ ...event(c, reading.scan), replay: { mode }, needsMaintainerCheck: reading.needsMaintainerCheck });
  }
  return found;
}

function event(c: Comment, scan: FoundComment["scan"]) {
  return { kind: "comment" as const, commentId: c.id, text: c.body, scan, writtenAt: c.createdAt, author: c.author, nodeId: c.nodeId };
}
