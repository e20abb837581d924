// The one executor: applies a plan (domain/case/plan.ts) in its order, each comment creation exactly once
// (a creation that failed uncertainly is looked for by its key before it is tried again). It never
// decides and never runs a case again: what GitHub refused comes back to the runner as a fact.
import { hasLogin } from "../domain/text/login.js";
import type { Comment, RepoClient } from "../github/repo-client.js";
import { isAssigneeRefusal } from "../github/assignability.js";
import { hasStateMarker } from "../domain/case/state.js";
import { findCard } from "../domain/case/find-card.js";
import { keepNewerText } from "./rewrite.js";
import type { ConfigResult } from "../config/lenient.js";
import type { ProjectBoard } from "../github/project-board.js";
import type { Trigger } from "../domain/case/model.js";
import type { BoardItem, Write } from "../domain/case/plan.js";

/** What applying a plan needs: the repository, the app's own login (its comments are looked for), the log. */
export interface WriterDeps {
  repo: RepoClient;
  botLogin: string;
  config: ConfigResult;
  /** Where board moves are written (the project's GraphQL); without it a board step is skipped. */
  board?: ProjectBoard | null;
  log?: { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
}

export interface Applied {
  writes: number;
  /** Another instance made the case's card first: ours was removed and nothing else was written. */
  lostCardRace: boolean;
  /** Logins GitHub refused to assign after all: the rest of the update was applied without them. */
  refusedAssignees: string[];
  /** Comments holding a secret that GitHub would not delete (hidden at best): the step fails, and the next run retries. */
  unremoved: number[];
  /** GitHub refused the plan's lock: nothing after it was applied; the runner records the refusal. */
  lockRefused?: boolean;
  /** The board item as the plan left it (its id, the option it now has). */
  boardItem?: BoardItem;
}

export async function applyPlan(deps: WriterDeps, number: number, plan: Write[]): Promise<Applied> {
  const { repo, botLogin } = deps;
  const applied: Applied = { writes: 0, lostCardRace: false, refusedAssignees: [], unremoved: [] };
  const byApp = (body: (text: string) => boolean) => (c: { author: string; body: string }) => c.author === botLogin && body(c.body);
  for (const write of plan) {
    // A secret GitHub would not delete: nothing after it is applied. The plan was made for a comment
    // that is gone (its reply says so, its card promises that reply); the comment stays owed, and
    // the next door plans again from what GitHub shows then.
    if (applied.unremoved.length > 0) break;
    switch (write.kind) {
      case "post-promised":
      case "reply":
        await repo.createCommentOnce(
          number,
          write.body,
          byApp((b) => b.includes(write.key)),
        );
        applied.writes++;
        break;
      case "delete-comment":
        applied.writes += await removeComment(deps, write.trigger, applied);
        break;
      case "rewrite-comment":
        try {
          await repo.updateComment(write.trigger.commentId, write.body);
          applied.writes++;
        } catch (error) {
          deps.log?.warn({ err: error, comment: write.trigger.commentId }, "could not rewrite a comment holding an address; removing it");
          applied.writes += 1 + (await removeComment(deps, write.trigger, applied));
          if (applied.unremoved.length > 0) break;
          const { body, key } = write.otherwise;
          await repo.createCommentOnce(
            number,
            body,
            byApp((b) => !hasStateMarker(b) && b.includes(key)),
          );
          applied.writes++;
        }
        break;
      case "hide-comment":
        // Hiding is tidiness, not safety: a refusal (a permission withdrawn) costs the thread's readability, nothing else.
        await repo.minimizeComment(write.nodeId, "OUTDATED").then(
          () => applied.writes++,
          (error: unknown) => deps.log?.warn({ err: error, issue: number }, "could not hide a comment that only asked for news"),
        );
        break;
      case "create-card": {
        const created = await repo.createCommentOnce(number, write.body, byApp(hasStateMarker));
        applied.writes++;
        // Two instances can take in the same request at once (Redis away, or a lock lost with it): the
        // first card wins, and the later one is taken back before anything else is written.
        const first = findCard(await repo.listComments(number), botLogin);
        if (first && first.id !== created) {
          await repo.deleteComment(created);
          deps.log?.warn({ issue: number, card: first.id }, "another instance made this case's card first; ours was removed");
          return { ...applied, writes: applied.writes + 1, lostCardRace: true };
        }
        break;
      }
      case "update-card":
        await repo.updateComment(write.commentId, write.body);
        applied.writes++;
        break;
      case "update-issue":
        applied.writes += await updateIssue(repo, number, write, applied, deps);
        break;
      case "lock":
        // Only a confirmed lock may be recorded: a refusal stops the plan (the card would say "locked").
        try {
          await repo.lockIssue(number);
          applied.writes++;
        } catch (error) {
          deps.log?.warn({ err: error, issue: number }, "GitHub refused to lock a decided case's thread; it is tried again later");
          applied.lockRefused = true;
          return applied;
        }
        break;
      case "unlock":
        // Someone unlocked it since this run read it: GitHub answers 404, and the thread is open, as wanted.
        await repo.unlockIssue(number).catch((error: unknown) => {
          if ((error as { status?: number }).status !== 404) throw error;
        });
        applied.writes++;
        break;
      case "react":
        await repo.addReaction(write.commentId, "+1");
        applied.writes++;
        break;
      case "board-place": {
        if (!deps.board) break;
        const item = write.item ?? (applied.writes++, await deps.board.addItem(write.field.projectId, write.contentId, write.fieldName));
        if (item.optionId !== write.optionId) {
          await deps.board.setStatus(write.field, item.itemId, write.optionId);
          applied.writes++;
        }
        applied.boardItem = { itemId: item.itemId, optionId: write.optionId };
        break;
      }
      case "check-run":
        await repo.completeCheckRun(write.sha, write.name, write.conclusion, write.output);
        applied.writes++;
        break;
    }
  }
  return applied;
}

async function updateIssue(
  repo: RepoClient,
  number: number,
  write: Extract<Write, { kind: "update-issue" }>,
  applied: Applied,
  deps: WriterDeps,
): Promise<number> {
  const rewrites = write.patch.body !== undefined || write.patch.title !== undefined;
  const patch = rewrites ? await keepNewerText(repo, number, write.read, write.patch) : write.patch;
  if (!patch) return 0;
  try {
    await repo.updateIssue(number, patch);
    return 1;
  } catch (error) {
    // GitHub refused an assignee after all (access removed since it was asked): the update applied
    // nothing, so the rest is applied now; the runner decides again without that login.
    if (!isAssigneeRefusal(error) || !patch.assignees) throw error;
    applied.refusedAssignees = patch.assignees.filter((a) => !hasLogin(write.read.assignees, a));
    deps.log?.warn({ issue: number, refused: applied.refusedAssignees }, "GitHub refused to assign; applying the rest and choosing again");
    const { assignees: _refused, ...rest } = patch;
    if (Object.keys(rest).length === 0) return 0;
    await repo.updateIssue(number, rest);
    return 1;
  }
}

/** Deciding failed: the card says so and keeps the previous state (a request is never left without its card). */
export async function writeErrorCard(deps: WriterDeps, number: number, card: Comment | null, fallback: string): Promise<number> {
  if (card?.body === fallback) return 0;
  const plan: Write[] = [card ? { kind: "update-card", commentId: card.id, body: fallback } : { kind: "create-card", body: fallback }];
  return (await applyPlan(deps, number, plan)).writes;
}

/** Deletes the comment; if GitHub refuses, hides it (hiding does not protect a secret: it is recorded as not removed). */
async function removeComment(deps: WriterDeps, trigger: Trigger, applied: Applied): Promise<number> {
  try {
    await deps.repo.deleteComment(trigger.commentId);
    return 1;
  } catch (error) {
    deps.log?.warn({ err: error, comment: trigger.commentId }, "could not delete a comment; minimizing it");
    applied.unremoved.push(trigger.commentId);
    if (!trigger.nodeId) return 1;
    await deps.repo.minimizeComment(trigger.nodeId, "RESOLVED").catch((e: unknown) => {
      deps.log?.error({ err: e, comment: trigger.commentId }, "could not delete or hide a comment holding a secret: remove it by hand");
    });
    return 2;
  }
}
