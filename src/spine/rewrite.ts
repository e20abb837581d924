// Rewriting a request's own text (a secret or an email address removed) without losing the requester's edits.
import type { Issue, RepoClient } from "../github/repo-client.js";
import type { IssuePatch } from "../domain/case/view.js";

/**
 * A rewrite (secrets or addresses removed) replaces the whole title or body, and GitHub's update has
 * no condition: had the requester edited since this event read the issue, the rewrite would put their
 * old text back. So the issue is read again just before, and a part they changed is left for the
 * edit's own event to handle. One read, only when there is something to rewrite.
 */
export async function keepNewerText(repo: RepoClient, number: number, read: Issue, patch: IssuePatch): Promise<IssuePatch | null> {
  const now = await repo.getIssue(number);
  const { body, title, ...rest } = patch;
  const kept: IssuePatch = { ...rest };
  if (body !== undefined && now.body === read.body) kept.body = body;
  if (title !== undefined && now.title === read.title) kept.title = title;
  return Object.keys(kept).length > 0 ? kept : null;
}
