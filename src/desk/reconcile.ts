// The case service: load a case from GitHub, decide its next state with the pure core, and
// apply only the difference. Handling the same event twice therefore writes nothing the second
// time, and any event heals whatever an earlier lost one left undone.
import { randomUUID } from "node:crypto";
import type { FormSpec } from "../intake/form.js";
import { isRecoveryRequest } from "../intake/detect.js";
import { parseRequest } from "../intake/parse.js";
import { validateRequest } from "../intake/validate.js";
import type { Comment } from "../github/repo-client.js";
import type { Verifier } from "../verification/codes.js";
import { renderCard, renderErrorCard } from "../case/card.js";
import { decide, needsBranchCheck, needsOpenCases } from "../case/decide.js";
import type { BranchCheck, CaseEvent, Decision } from "../case/model.js";
import { renderNotices } from "../case/messages.js";
import { readReplies } from "../case/replies.js";
import { scanIssueText } from "../safety/issue-text.js";
import { decodeState, hasStateMarker, type CaseState } from "../case/state.js";
import { desiredView, issuePatch, type IssuePatch } from "../case/view.js";
import { Assignability, isAssigneeRefusal } from "../github/assignability.js";
import { keepNewerText } from "./rewrite.js";
import { newReasons } from "../case/reasons.js";
import { findLostCommands, hasCommandComments, type LostCommand } from "./lost-commands.js";
import { isMaintainer } from "../github/permissions.js";
import { same } from "../case/transition.js";
import type { DecidedCase } from "./desk-index.js";
import { guardOther, removeComment, type GuardDeps, type Trigger } from "./secret-guard.js";
import { evidenceFor, type EvidenceSources } from "./evidence.js";
import { loadOpenCases, recordOpenCase, type OpenCaseIndex } from "./open-cases.js";

export interface ReconcileDeps extends GuardDeps {
  form: FormSpec;
  now: () => Date;
  verifier: Verifier | null;
  /** Set while the sweep replays lost commands (so the sweep that follows does not look again). */
  replaying?: boolean;
  /** What follows a decided case (the desk's memory, the project board); returns the writes it made. */
  onDecided?: (decided: DecidedCase) => Promise<number>;
  /** Where ownership evidence is read (the registry, GitHub's public side); null: not gathered. */
  evidence?: Omit<EvidenceSources, "config" | "now"> | null;
  /** The open requests as the desk knows them (kept current here); without it every new request lists them all. */
  openCases?: OpenCaseIndex;
  /** The process's memory of who can be assigned where (shared by every event and the sweep). */
  assignability?: Assignability;
  /** Logins already refused by GitHub in this reconcile (set when it decides again after a 422). */
  unassignable?: string[];
  /**
   * How to apply an event to another case (a conflict is shown on both requests). The server
   * queues it on that issue, so it never runs alongside the issue's own events; by default it runs
   * right here.
   */
  relate?: (number: number, event: CaseEvent) => Promise<void>;
}

export type { Trigger };

export interface ReconcileResult {
  /** Write requests made, for this issue and any related one. */
  writes: number;
  status: string | null;
}

/** The card is the first comment by the app that carries the state marker. Anyone else's copy is ignored. */
export function findCard(comments: Comment[], botLogin: string): Comment | null {
  return comments.find((c) => c.author === botLogin && hasStateMarker(c.body)) ?? null;
}

export async function reconcile(
  deps: ReconcileDeps,
  number: number,
  event: CaseEvent,
  actor: string,
  trigger: Trigger | null = null,
): Promise<ReconcileResult> {
  const { repo, config, form } = deps;
  const rules = config.config.username_rules;
  const now = deps.now();
  const [issue, comments] = await Promise.all([repo.getIssue(number), repo.listComments(number)]);
  const card = findCard(comments, deps.botLogin);
  const previous = card ? decodeState(card.body) : null;

  // An edited comment is judged as it reads now; once it is gone there is nothing left to guard.
  if (event.kind === "comment" && event.edited) {
    const id = event.commentId;
    const current = comments.find((c) => c.id === id);
    if (!current) return { writes: 0, status: null };
    event = { ...event, text: current.body };
  }
  // The sweep first applies commands whose webhook GitHub lost, each as its own event, then sweeps.
  if (event.kind === "sweep" && card && previous && !deps.replaying) {
    const lost = findLostCommands(comments, card, previous, readReplies(comments, deps.botLogin), deps.botLogin, config.config, now);
    if (lost.length > 0) return replayLost(deps, number, lost, previous.author, event, actor);
  }
  const parsed = parseRequest(issue.body, form);
  if (!previous && !isRecoveryRequest(issue.labels, config.config.labels.request, parsed)) {
    return guardOther(deps, issue, comments, event, actor, trigger, now);
  }
  // A request the sweep finds without a card lost its `opened` webhook: it is taken in exactly as
  // that webhook would have done it (the requester's act, the same reasons), not as the bot's.
  const takenInBySweep = !previous && event.kind === "sweep";
  if (takenInBySweep) [event, actor] = [{ kind: "opened" }, issue.author];

  const base = {
    event,
    actor,
    issue,
    previous,
    validation: validateRequest(parsed, rules),
    config: config.config,
    now,
    repo: `${repo.ref.owner}/${repo.ref.repo}`,
    verifier: deps.verifier,
    lastRequesterComment: lastCommentBy(comments, previous?.author ?? issue.author),
    issueSecrets: scanIssueText(issue),
    replies: readReplies(comments, deps.botLogin),
    unassignable: [] as string[],
  };
  const sources = deps.evidence
    ? { ...deps.evidence, config: config.config, now: deps.now, scope: `${repo.ref.owner}/${repo.ref.repo}` }
    : null;
  const [openCases, branch, repoVisibility, evidence] = await Promise.all([
    needsOpenCases(base) ? loadOpenCases(repo, deps.openCases ?? null, config.config, form) : null,
    needsBranchCheck(previous, event, now) ? checkBranch(deps, previous!) : null,
    challengeRepositories(deps, event),
    evidenceFor(sources, { previous, event, validation: base.validation, issue }),
  ]);
  // Deciding and rendering are pure, but a bug or an input nobody foresaw must never leave a request
  // without its card: the card then says something went wrong, and the previous state is kept.
  let decision: Decision;
  let body: string;
  let message: string | null;
  let patch: IssuePatch | null;
  const key = randomUUID();
  try {
    // Anyone the decision would newly assign is first checked with GitHub; a refused login is
    // decided again without (each pass refuses at least one more login, so this ends; the bound is
    // a second guard: past it, the update's own 422 handling takes over).
    const unassignable = [...(deps.unassignable ?? [])];
    for (let pass = 1; ; pass++) {
      decision = decide({ ...base, openCases, branch, unassignable, repoVisibility, evidence });
      if (!decision.state) return { writes: 0, status: null };
      patch = issuePatch(issue, desiredView(decision.state, issue, config.config, decision.unassign, decision.reopen), decision.rewrite);
      const added = (patch?.assignees ?? []).filter((a) => !issue.assignees.some((b) => b.toLowerCase() === a.toLowerCase()));
      const refused = added.length > 0 ? await assignability(deps).refused(repo, added) : [];
      if (refused.length === 0 || pass >= 10) break;
      unassignable.push(...refused);
    }
    body = renderCard(decision.state, { config: config.config, form });
    message = renderNotices(decision.notices, decision.state, config.config, actor, {
      key,
      re: trigger?.commentId ?? null,
      history: base.replies,
      now,
    });
  } catch (error) {
    deps.log?.error(
      { err: (error as Error).message, issue: number, event: event.kind },
      "deciding this case failed; the card says so and keeps the previous state",
    );
    const fallback = renderErrorCard(previous, now);
    if (card?.body === fallback) return { writes: 0, status: previous?.status ?? null };
    if (card) await repo.updateComment(card.id, fallback);
    else await repo.createCommentOnce(number, fallback, (c) => c.author === deps.botLogin && hasStateMarker(c.body));
    return { writes: 1, status: previous?.status ?? null };
  }

  let writes = 0;
  // A comment that held a one-time code goes first: it should be public for as short a time as possible.
  if (decision.deleteComment && trigger) writes += await removeComment(deps, trigger);

  // Comment creations go before the issue update: GitHub paces them 3 s apart (the slowest kind of
  // write), and queuing them first lets the 1 s-paced updates of a burst fill the gaps between them.
  const byApp = (c: Comment) => c.author === deps.botLogin;
  if (!card) {
    const created = await repo.createCommentOnce(number, body, (c) => byApp(c) && hasStateMarker(c.body));
    writes++;
    // Two instances can take in the same request at once (Redis away, or a lock lost with it): the
    // first card wins, and the later one is taken back before anything else is written.
    const first = findCard(await repo.listComments(number), deps.botLogin);
    if (first && first.id !== created) {
      await repo.deleteComment(created);
      deps.log?.warn({ issue: number, card: first.id }, "another instance made this case's card first; ours was removed");
      return { writes: writes + 1, status: previous?.status ?? null };
    }
  } else if (card.body !== body) {
    await repo.updateComment(card.id, body);
    writes++;
  }
  if (message) {
    await repo.createCommentOnce(number, message, (c) => byApp(c) && c.body.includes(key));
    writes++;
  }
  if (patch && (patch.body !== undefined || patch.title !== undefined)) patch = await keepNewerText(repo, number, issue, patch);
  if (patch) {
    try {
      await repo.updateIssue(number, patch);
      writes++;
    } catch (error) {
      // GitHub refused an assignee after all (access removed since it was asked): the update applied
      // nothing, so the rest is applied now, and the case is decided again without that login.
      if (!isAssigneeRefusal(error) || !patch.assignees || deps.unassignable) throw error;
      const added = patch.assignees.filter((a) => !issue.assignees.some((b) => b.toLowerCase() === a.toLowerCase()));
      assignability(deps).markRefused(repo, added);
      deps.log?.warn({ issue: number, refused: added }, "GitHub refused to assign; applying the rest and choosing again");
      const { assignees: _refused, ...rest } = patch;
      if (Object.keys(rest).length > 0) {
        await repo.updateIssue(number, rest);
        writes++;
      }
      const again = await reconcile({ ...deps, unassignable: added.map((a) => a.toLowerCase()) }, number, { kind: "sweep" }, actor);
      return { writes: writes + again.writes, status: again.status };
    }
  }
  // 👍 only when an accepted command would otherwise show nothing at all.
  if (decision.accepted && writes === 0 && trigger) {
    await repo.addReaction(trigger.commentId, "+1");
    writes++;
  }
  if (deps.openCases) await recordOpenCase(deps.openCases, repo, { ...issue, ...patch }, form, rules, deps.log);
  if (deps.onDecided)
    writes += await deps.onDecided({ number, title: issue.title, createdAt: issue.createdAt, nodeId: issue.nodeId, state: decision.state });
  const reasons = newReasons(previous, decision.state);
  deps.log?.info(
    { issue: number, event: event.kind, status: decision.state.status, writes, ...(reasons.length ? { reasons } : {}) },
    "case reconciled",
  );

  // Taken in by the sweep: commands written before the card existed were lost with it; the next pass finds them.
  if (takenInBySweep && !deps.replaying && hasCommandComments(comments, deps.botLogin)) {
    const again = await reconcile(deps, number, { kind: "sweep" }, deps.botLogin);
    writes += again.writes;
  }
  for (const related of decision.related) {
    if (deps.relate) await deps.relate(related.issue, related.event);
    else writes += (await reconcile(deps, related.issue, related.event, actor)).writes;
  }
  return { writes, status: decision.state.status };
}

async function replayLost(
  deps: ReconcileDeps,
  number: number,
  lost: LostCommand[],
  requester: string,
  sweep: CaseEvent,
  actor: string,
): Promise<ReconcileResult> {
  let writes = 0;
  for (const { author, nodeId, ...command } of lost) {
    // The author's standing as of now: a maintainer who lost access since cannot have their command applied.
    const maintainer = await isMaintainer(deps.repo, author, deps.config.config.maintainer_teams);
    const event: CaseEvent = { ...command, roles: { maintainer, requester: same(author, requester) } };
    deps.log?.info({ issue: number, comment: command.commentId, mode: command.replay?.mode }, "a command whose webhook was lost");
    writes += (await reconcile(deps, number, event, author, { commentId: command.commentId, nodeId })).writes;
  }
  const after = await reconcile({ ...deps, replaying: true }, number, sweep, actor);
  return { writes: writes + after.writes, status: after.status };
}

/** Without the server's shared memory (a one-off call), answers are remembered for this reconcile only. */
function assignability(deps: ReconcileDeps): Assignability {
  return (deps.assignability ??= new Assignability());
}

function lastCommentBy(comments: Comment[], login: string): string | null {
  const own = comments.filter((c) => c.author.toLowerCase() === login.toLowerCase()).map((c) => c.createdAt);
  return own.length > 0 ? own.reduce((a, b) => (a > b ? a : b)) : null;
}

/** For each `/verify repo owner/name` in the comment: can the app see that repository? (An error asking: assume yes.) */
async function challengeRepositories(deps: ReconcileDeps, event: CaseEvent): Promise<Record<string, boolean>> {
  if (event.kind !== "comment" || !event.roles.maintainer) return {};
  const names = event.scan.commands
    .filter((c) => c.name === "verify")
    .map((c) => /^repo\s+([\w.-]+\/[\w.-]+)$/i.exec(c.args)?.[1]?.toLowerCase())
    .filter((n): n is string => Boolean(n));
  const visibility: Record<string, boolean> = {};
  for (const name of [...new Set(names)].slice(0, 3)) visibility[name] = await deps.repo.repositoryVisible(name).catch(() => true);
  return visibility;
}

async function checkBranch(deps: ReconcileDeps, state: CaseState): Promise<BranchCheck> {
  const challenge = state.factors.repo!;
  try {
    if (await deps.repo.branchExists(challenge.repo, challenge.branch)) return "found";
    // GitHub answers 404 for a missing branch and for a repository the app cannot see alike.
    return (await deps.repo.repositoryVisible(challenge.repo)) ? "missing" : "repo-gone";
  } catch (error) {
    deps.log?.warn({ err: (error as Error).message }, "challenge branch check failed");
    return "error";
  }
}
