// The guard that runs on issues that are not requests: only the secret check, and writes only when
// it finds one. It plans its writes; the executor applies them (removing a comment is its job).
import { randomUUID } from "node:crypto";
import type { CaseEvent } from "../domain/case/model.js";
import { renderNotices } from "../domain/case/notices/reply-text.js";
import { guardOtherIssue } from "../domain/case/other-issues.js";
import { readReplies } from "../domain/case/notices/replies.js";
import { issuePatch } from "../domain/case/view.js";
import type { Comment, Issue } from "../github/repo-client.js";
import type { Write } from "../domain/case/plan.js";
import { applyPlan, type WriterDeps } from "./executor.js";
import { SecretNotRemovedError } from "../domain/safety/secret-not-removed.js";
import { scanIssueText } from "../domain/safety/issue-text.js";

import type { Trigger } from "../domain/case/model.js";

/** The guard writes through the executor, so it needs what the executor needs. */
export type GuardDeps = WriterDeps;

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
  const key = randomUUID();
  const message = renderNotices(guard.notices, { author: issue.author, reviewer: null }, deps.config.config, actor, {
    key,
    re: trigger?.commentId ?? null,
    history: replies,
    now,
  });
  const security = deps.config.config.labels.security;
  const labels =
    guard.flag && !issue.labels.some((l) => l.toLowerCase() === security.toLowerCase()) ? [...issue.labels, security] : issue.labels;
  const patch = issuePatch(issue, { labels, assignees: issue.assignees, close: null }, guard.rewrite);
  // The same writes, in the same order and through the same executor, as a case's plan.
  const plan: Write[] = [
    ...(guard.deleteComment && trigger ? [{ kind: "delete-comment" as const, trigger }] : []),
    ...(message ? [{ kind: "reply" as const, body: message, key }] : []),
    ...(patch ? [{ kind: "update-issue" as const, patch, read: issue }] : []),
  ];
  const applied = await applyPlan(deps, issue.number, plan);
  const { writes } = applied;
  if (writes > 0)
    deps.log?.info({ issue: issue.number, event: event.kind, writes }, "secret guard acted on an issue that is not a request");
  if (applied.unremoved.length > 0) throw new SecretNotRemovedError(applied.unremoved);
  return { writes: applied.writes, status: null };
}
