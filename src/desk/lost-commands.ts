// Commands whose webhook was lost. GitHub never redelivers on its own, so the sweep looks at each
// case's thread for command comments the case neither applied (its `handled` list), answered (a
// reply naming the comment) nor acknowledged (a 👍): recent ones are applied now, with their
// author's roles as of now; older ones get one reply asking to repeat them; the rest are left alone.
import { readCommands } from "../case/commands/index.js";
import type { CaseEvent } from "../case/model.js";
import type { ReplyHistory } from "../case/replies.js";
import type { CaseState } from "../case/state.js";
import { same } from "../case/transition.js";
import type { Config } from "../config/schema.js";
import type { Comment } from "../github/repo-client.js";

/** At most this many per case per sweep (a flood of old commands must not stall the sweep). */
const PER_SWEEP = 5;
const HOUR_MS = 3_600_000;

export type LostCommand = Omit<Extract<CaseEvent, { kind: "comment" }>, "roles"> & { author: string; nodeId?: string };

export function findLostCommands(
  comments: Comment[],
  card: Comment,
  state: CaseState,
  replies: ReplyHistory,
  botLogin: string,
  config: Config,
  now: Date,
): LostCommand[] {
  const { replay_within_hours: replayHours, ask_within_days: askDays } = config.lost_commands;
  const lost: LostCommand[] = [];
  for (const c of comments) {
    // Comments from before the card count too: a card the sweep made late lost its commands with it.
    if (c.id === card.id || isBotComment(c, botLogin)) continue;
    if (state.handled.includes(c.id) || replies.answered.includes(c.id) || (c.plusOnes ?? 0) > 0) continue;
    const scan = readCommands(c.body);
    if (scan.commands.length === 0) continue;
    const age = now.getTime() - Date.parse(c.createdAt);
    const mode = age <= replayHours * HOUR_MS ? "apply" : age <= askDays * 24 * HOUR_MS ? "too-late" : null;
    if (!mode) continue;
    lost.push({
      kind: "comment",
      commentId: c.id,
      text: c.body,
      scan,
      replay: { mode, writtenAt: c.createdAt },
      author: c.author,
      nodeId: c.nodeId,
    });
    if (lost.length >= PER_SWEEP) break;
  }
  return lost;
}

function isBotComment(c: Comment, botLogin: string): boolean {
  return same(c.author, botLogin) || c.author.endsWith("[bot]");
}

/** Whether anyone but a bot wrote a command in the thread (worth looking for lost ones). */
export function hasCommandComments(comments: Comment[], botLogin: string): boolean {
  return comments.some((c) => !isBotComment(c, botLogin) && readCommands(c.body).commands.length > 0);
}
