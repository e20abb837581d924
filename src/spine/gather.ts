// The facts a step needs from outside before the case machine can decide: whether a challenge
// branch exists, whether the repositories a `/verify repo` names can be seen. The open requests and
// the ownership evidence have modules of their own (memory/open-requests.ts, evidence.ts).
import { readLanguageLoading, type Reading } from "../language/detect.js";
import { loadDetector } from "../language/detector.js";
import type { BranchCheck, CaseEvent } from "../domain/case/model.js";
import { specsIn } from "../domain/case/commands/index.js";
import type { CaseState } from "../domain/case/state.js";
import type { Comment, RepoClient } from "../github/repo-client.js";
import { isMaintainer } from "../github/permissions.js";
import type { FoundComment } from "../domain/case/lost-comments.js";
import { sameLogin } from "../domain/text/login.js";
import type { GuardDeps } from "./secret-guard.js";

/** For each `/verify repo owner/name` in the comment: can the app see that repository? (An error asking: assume yes.) */
export async function challengeRepositories(repo: RepoClient, event: CaseEvent): Promise<Record<string, boolean>> {
  if (event.kind !== "comment" || !event.roles.maintainer || event.edited) return {};
  const names = specsIn(event.scan)
    .map(({ spec, args }) => spec.challengedRepository?.(args))
    .filter((n): n is string => Boolean(n));
  const visibility: Record<string, boolean> = {};
  for (const name of [...new Set(names)].slice(0, 3)) visibility[name] = await repo.repositoryVisible(name).catch(() => true);
  return visibility;
}

export async function checkBranch(
  repo: RepoClient,
  state: CaseState,
  log?: { warn: (o: object, m: string) => void },
): Promise<BranchCheck> {
  const challenge = state.factors.repo!;
  try {
    if (await repo.branchExists(challenge.repo, challenge.branch)) return "found";
    // GitHub answers 404 for a missing branch and for a repository the app cannot see alike.
    return (await repo.repositoryVisible(challenge.repo)) ? "missing" : "repo-gone";
  } catch (error) {
    log?.warn({ err: error }, "challenge branch check failed");
    return "error";
  }
}

export function lastCommentBy(comments: Comment[], login: string): string | null {
  const own = comments.filter((c) => sameLogin(c.author, login)).map((c) => c.createdAt);
  return own.length > 0 ? own.reduce((a, b) => (a > b ? a : b)) : null;
}

/**
 * The language of the requester's own words: the request's reason and every comment they wrote on
 * it (never the form's text, nor anyone else's comment). The detector loads only when the words need it.
 */
export async function readRequesterLanguage(reason: string | null, comments: Comment[], login: string): Promise<Reading> {
  const own = comments.filter((c) => sameLogin(c.author, login)).map((c) => c.body);
  return readLanguageLoading([reason ?? "", ...own], loadDetector);
}

/** A comment the sweep found, as the event its webhook would have been: the author's roles as of now. */
export async function foundEvent(deps: GuardDeps, found: FoundComment, previous: CaseState | null): Promise<CaseEvent> {
  const { author, nodeId: _nodeId, needsMaintainerCheck, ...comment } = found;
  // No memory: a maintainer who lost access since cannot have their command applied.
  const maintainer = needsMaintainerCheck && (await isMaintainer(deps.repo, author, deps.config.config.maintainer_teams));
  const requester = sameLogin(author, previous?.author);
  // Hints for typos are for the people who can run commands, not for every passer-by.
  const scan = maintainer || requester ? comment.scan : { ...comment.scan, nearMisses: [] };
  deps.log?.info({ comment: comment.commentId, mode: comment.replay?.mode ?? "edited" }, "a comment whose webhook was lost");
  return { ...comment, scan, roles: { maintainer, requester } };
}

/**
 * Authority checked when it is used: whoever started a factor this event may complete must hold
 * the role now (asked of GitHub, no memory). Returns those who no longer do (lower-case).
 */
export async function startersWithoutRole(deps: GuardDeps, previous: CaseState | null, event: CaseEvent): Promise<string[]> {
  if (!previous) return [];
  const { email, repo } = previous.factors;
  const starters = new Set<string>();
  if (event.kind === "comment" && !event.edited) {
    const answered = new Set(specsIn(event.scan).map(({ spec }) => spec.answers));
    if (answered.has("email") && email && email.state !== "done") starters.add(email.by.toLowerCase());
    if (answered.has("repo") && repo?.state === "pending") starters.add(repo.by.toLowerCase());
  }
  if (event.kind === "sweep" && repo?.state === "pending") starters.add(repo.by.toLowerCase());
  const teams = deps.config.config.maintainer_teams;
  const asked = await Promise.all([...starters].map(async (login) => ((await isMaintainer(deps.repo, login, teams)) ? null : login)));
  return asked.filter((login): login is string => login !== null);
}
