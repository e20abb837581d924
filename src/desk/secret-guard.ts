// Comments and issues that hold secrets: removing a comment (deleted, or hidden when deletion is
// refused), and the guard that runs on issues that are not requests (only the secret check, and
// writes only when it finds one).
import { randomUUID } from "node:crypto";
import type { CaseEvent } from "../case/model.js";
import { renderNotices } from "../case/reply-text.js";
import { guardOtherIssue } from "../case/other-issues.js";
import { readReplies } from "../case/replies.js";
import { issuePatch } from "../case/view.js";
import type { ConfigResult } from "../config/lenient.js";
import type { Comment, Issue, RepoClient } from "../github/repo-client.js";
import { scanIssueText } from "../safety/issue-text.js";

import type { Trigger } from "../case/model.js";

export interface GuardDeps {
  repo: RepoClient;
  botLogin: string;
  config: ConfigResult;
  log?: { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
}

/** Any other issue of the repository: only the secret guard runs, and writes only when it finds one. */
export async function guardOther(
  deps: GuardDeps,
  issue: Issue,
  comments: Comment[],
  event: CaseEvent,
  actor: string,
  trigger: Trigger | null,
  now: Date,
): Promise<{ writes: number; status: null }> {
  const replies = readReplies(comments, deps.botLogin);
  const guard = guardOtherIssue({ event, actor, issueSecrets: scanIssueText(issue), replies, now });
  let writes = 0;
  if (guard.deleteComment && trigger) writes += await removeComment(deps, trigger);
  const key = randomUUID();
  const message = renderNotices(guard.notices, { author: issue.author, reviewer: null }, deps.config.config, actor, {
    key,
    re: trigger?.commentId ?? null,
    history: replies,
    now,
  });
  if (message) {
    await deps.repo.createCommentOnce(issue.number, message, (c) => c.author === deps.botLogin && c.body.includes(key));
    writes++;
  }
  const security = deps.config.config.labels.security;
  const labels =
    guard.flag && !issue.labels.some((l) => l.toLowerCase() === security.toLowerCase()) ? [...issue.labels, security] : issue.labels;
  const patch = issuePatch(issue, { labels, assignees: issue.assignees, close: null }, guard.rewrite);
  if (patch) {
    await deps.repo.updateIssue(issue.number, patch);
    writes++;
  }
  if (writes > 0)
    deps.log?.info({ issue: issue.number, event: event.kind, writes }, "secret guard acted on an issue that is not a request");
  return { writes, status: null };
}

/** Deletes the comment; if that fails, hides it (hiding does not protect a secret, so deletion is tried first). */
export async function removeComment(deps: GuardDeps, trigger: Trigger): Promise<number> {
  try {
    await deps.repo.deleteComment(trigger.commentId);
    return 1;
  } catch (error) {
    deps.log?.warn({ err: error, comment: trigger.commentId }, "could not delete a comment; minimizing it");
    if (!trigger.nodeId) return 1;
    await deps.repo.minimizeComment(trigger.nodeId, "RESOLVED").catch((e: unknown) => {
      deps.log?.error({ err: e, comment: trigger.commentId }, "could not delete or hide a comment holding a secret: remove it by hand");
    });
    return 2;
  }
}
