// The one runner. Every door into a case (a webhook, the sweep, a comment whose webhook was lost, a
// move on the project board, the CLI, the start-up sweep) runs the case through runCase, and no
// other module reaches a case. A step reads like a recipe: load → gather → decide → plan → apply.
// What a step leaves to do (the sweep's lost comments, a reviewer GitHub refused, a request taken in
// whose thread already held commands) goes back on the same case's list of steps, never into a
// recursion; another case the step touches goes on that case's own queue (`relate`).
import type { FormSpec } from "../domain/intake/form.js";
import { isRecoveryRequest } from "../domain/intake/detect.js";
import { parseRequest } from "../domain/intake/parse.js";
import { validateRequest } from "../domain/intake/validate.js";
import type { Verifier } from "../domain/verification/codes.js";
import { renderErrorCard } from "../domain/case/card.js";
import { needsBranchCheck, needsOpenCases, requestChanged } from "../domain/case/decide.js";
import { OPEN_STATUSES } from "../domain/case/statuses.js";
import type { CaseEvent, Decision } from "../domain/case/model.js";
import { readReplies } from "../domain/case/notices/replies.js";
import { scanIssueText } from "../domain/safety/issue-text.js";
import { decodeState, type CaseState } from "../domain/case/state.js";
import { loginKey } from "../domain/text/login.js";
import { newReasons } from "../domain/case/reasons.js";
import { Assignability } from "../github/assignability.js";
import type { DecidedCase } from "../memory/case-records.js";
import { guardOther, type GuardDeps } from "./secret-guard.js";
import type { Trigger } from "../domain/case/model.js";
import type { EvidenceGatherer } from "./features.js";
import { loadOpenCases, recordOpenCase, type OpenRequests } from "../memory/open-requests.js";
import { findLostComments, findOwedComments, newsAsksBefore, threadOf, type FoundComment } from "../domain/case/lost-comments.js";
import { readEditedComment } from "../domain/case/comment-gate.js";
import { hidesNewsAsks } from "../domain/case/comment.js";
import { findCard } from "../domain/case/find-card.js";
import { challengeRepositories, checkBranch, foundEvent, lastCommentBy, readRequesterLanguage, startersWithoutRole } from "./gather.js";
import { owedPromise, type Write } from "../domain/case/plan.js";
import { decideAndPlan } from "./decide-and-plan.js";
import { applyPlan, writeErrorCard } from "./executor.js";
import { SecretNotRemovedError } from "../domain/safety/secret-not-removed.js";
import type { PendingRecords } from "../memory/pending-records.js";
import { markProcessed, unprocessed, type Outcome } from "../domain/case/processed.js";

export interface RunnerDeps extends GuardDeps {
  form: FormSpec;
  now: () => Date;
  verifier: Verifier | null;
  /** What follows a decided case (the desk's memory, the project board); returns the writes it made. */
  onDecided?: (decided: DecidedCase) => Promise<number>;
  /** Where ownership evidence is read (the registry, GitHub's public side); null: not gathered. */
  evidence?: EvidenceGatherer | null;
  /** The open requests as the desk knows them (kept current here); without it every new request lists them all. */
  openRequests?: OpenRequests;
  /** The process's memory of who can be assigned where (shared by every event and the sweep). */
  assignability: Assignability;
  /** Records waiting for the case's next card write (memory/pending-records.ts); null: every record is written at once. */
  pending: PendingRecords | null;
  /** Runs an event on another case, on that case's own queue (a conflict is shown on both requests). */
  relate: (number: number, event: CaseEvent, actor: string) => Promise<void>;
}

export interface RunResult {
  /** Write requests made for this case (another case's are counted by its own run). */
  writes: number;
  status: string | null;
}

/** One step of a case's run: an event, who caused it, and what the step before learnt for it. */
interface Step {
  event: CaseEvent;
  actor: string;
  trigger: Trigger | null;
  /** Logins GitHub refused to assign during this run (lower-case). */
  unassignable?: string[];
  /** The lost comments (the sweep's) or the owed ones before this comment (a comment's door) were run already. */
  lostChecked?: boolean;
  /** A comment the sweep found unprocessed: run as its webhook would have been, roles as of now. */
  found?: FoundComment;
  /** This run took the request in already (its card is new): no second intake follows. */
  takenIn?: boolean;
  /** The sweep compared the body with the card already in this run (a lost edit was run first). */
  editChecked?: boolean;
  /** The previous try of this step met a refused lock: decided again, it records the refusal instead. */
  lockRefused?: boolean;
}

interface StepResult extends RunResult {
  next: Step[];
}

/** Bounds one run: five lost comments and their edits, the sweep, a few refused reviewers. */
const MAX_STEPS = 24;

export async function runCase(deps: RunnerDeps, number: number, event: CaseEvent, actor: string, trigger: Trigger | null = null) {
  const steps: Step[] = [{ event, actor, trigger }];
  const result: RunResult = { writes: 0, status: null };
  for (let taken = 0; steps.length > 0 && taken < MAX_STEPS; taken++) {
    const done = await runStep(deps, number, steps.shift()!);
    result.writes += done.writes;
    result.status = done.status;
    steps.unshift(...done.next);
  }
  return result;
}

async function runStep(deps: RunnerDeps, number: number, step: Step): Promise<StepResult> {
  const { repo, config, form } = deps;
  const now = deps.now();
  // Load.
  const [issue, comments] = await Promise.all([repo.getIssue(number), repo.listComments(number)]);
  const card = findCard(comments, deps.botLogin);
  const onCard = card ? decodeState(card.body) : null;
  const key = `${repo.ref.owner}/${repo.ref.repo}#${number}`;
  const thread = threadOf(comments, deps.botLogin, onCard?.author ?? issue.author, hidesNewsAsks(onCard?.status, config.config));
  // Records still waiting for a card write count as processed at every door of this process.
  const previous = onCard ? withWaitingRecords(onCard, deps.pending ? await deps.pending.records(key) : [], thread) : null;
  const still = { writes: 0, status: previous?.status ?? null, next: [] };
  // A step that follows an intake finds the card it made (or, should GitHub not show it yet, waits for the sweep).
  if ((step.found || step.takenIn) && !previous) return still;
  let event = step.found ? await foundEvent(deps, step.found, previous) : step.event;
  let actor = step.actor;
  // A comment is judged as GitHub serves it now, not as its webhook carried it: an edit is guarded as
  // it reads now (once it is gone there is nothing left to guard), and a comment edited before its
  // delivery was handled is an edited comment (guarded, never run).
  if (event.kind === "comment" && !event.fromBoard) {
    const id = event.commentId;
    const current = comments.find((c) => c.id === id);
    if (event.edited && !current) return still;
    if (current && current.body !== event.text) {
      event = { ...event, text: current.body, edited: true, scan: readEditedComment(current.body).scan };
    }
  }
  // A reply the previous run promised but did not post (a crash between its writes) is owed now; it
  // already answers the comment it names, so no door runs that comment again.
  const owed = owedPromise(previous, comments, deps.botLogin, now);
  const promised = owed ? [{ author: deps.botLogin, body: owed.body, createdAt: now.toISOString() }] : [];
  const replies = readReplies([...comments, ...promised], deps.botLogin);
  // The sweep first runs the comments whose webhooks were lost, each as its own step, then itself; a
  // comment's door first runs the owed comments written before it (comments apply in id order).
  if (previous && !step.lostChecked && !step.found) {
    const lost =
      event.kind === "sweep"
        ? findLostComments(thread, previous, replies, deps.botLogin, config.config, now)
        : event.kind === "comment" && !event.edited && !event.fromBoard
          ? findOwedComments(thread, previous, replies, config.config, now, event.commentId)
          : [];
    if (lost.length > 0) {
      const asSteps = lost.map((found) => ({
        event,
        actor: found.author,
        trigger: { commentId: found.commentId, nodeId: found.nodeId },
        found,
      }));
      return { ...still, next: [...asSteps, { ...step, lostChecked: true }] };
    }
  }
  const parsed = parseRequest(issue.body, form);
  if (!previous && !isRecoveryRequest(issue.labels, config.config.labels.request, parsed)) {
    return { ...(await guardOther(deps, issue, comments, event, actor, step.trigger, now)), next: [] };
  }
  // A request the sweep finds without a card lost its `opened` webhook: it is taken in exactly as
  // that webhook would have done it (the requester's act, the same reasons), not as the bot's.
  if (!previous && event.kind === "sweep") [event, actor] = [{ kind: "opened", late: true }, issue.author];

  // Gather.
  const base = {
    event,
    actor,
    issue,
    previous,
    validation: validateRequest(parsed, config.config.username_rules),
    config: config.config,
    now,
    repo: `${repo.ref.owner}/${repo.ref.repo}`,
    verifier: deps.verifier,
    lastRequesterComment: lastCommentBy(comments, previous?.author ?? issue.author),
    issueSecrets: scanIssueText(issue),
    replies,
    unassignable: step.unassignable ?? [],
    thread,
    lockRefused: step.lockRefused ?? false,
    newsAsksBefore: event.kind === "comment" ? newsAsksBefore(thread, event.commentId) : 0,
    language: await readRequesterLanguage(parsed.reason, comments, previous?.author ?? issue.author),
  };
  // A body edit whose webhook was lost: the sweep runs it as that webhook would have (the author's
  // edit, as almost every one is), then itself.
  if (event.kind === "sweep" && previous && !step.editChecked && OPEN_STATUSES.includes(previous.status)) {
    if (requestChanged(previous, base.validation)) {
      const asEdit = { event: { kind: "edited" } as const, actor: issue.author, trigger: null, lostChecked: true, editChecked: true };
      return { ...still, next: [asEdit, { ...step, editChecked: true }] };
    }
  }
  const [openRequests, branch, repoVisibility, evidence, withoutRole] = await Promise.all([
    needsOpenCases(base) ? loadOpenCases(repo, deps.openRequests ?? null, config.config, form) : null,
    needsBranchCheck(previous, event, now) ? checkBranch(repo, previous!, deps.log) : null,
    challengeRepositories(repo, event),
    deps.evidence?.({ previous, event, validation: base.validation, issue }) ?? null,
    startersWithoutRole(deps, previous, event),
  ]);

  // Decide (and plan). Deciding and rendering are pure, but a bug or an input nobody foresaw must
  // never leave a request without its card: the card then says something went wrong.
  let decided: { decision: Decision; state: CaseState; plan: Write[] } | null;
  try {
    decided = await decideAndPlan(
      deps,
      { ...base, openRequests, branch, repoVisibility, evidence, withoutRole },
      { card, onCard, key },
      owed,
      step.trigger,
    );
  } catch (error) {
    deps.log?.error(
      { err: error, issue: number, event: event.kind },
      "deciding this case failed; the card says so and keeps the previous state",
    );
    return { ...still, writes: await writeErrorCard(deps, number, card, renderErrorCard(previous, now)) };
  }
  if (!decided) return still;
  const { decision, state, plan } = decided;

  // Apply.
  const applied = await applyPlan(deps, number, plan);
  // The card was written with every waiting record folded in: nothing waits any more.
  if (plan.some((w) => w.kind === "update-card")) await deps.pending?.clear(key);
  if (applied.lostCardRace) return { ...still, writes: applied.writes };
  // GitHub refused the lock, and nothing after it was written: the same step again, recording the refusal.
  if (applied.lockRefused) return { ...still, writes: applied.writes, next: step.lockRefused ? [] : [{ ...step, lockRefused: true }] };
  const next: Step[] = [];
  let writes = applied.writes;
  if (applied.refusedAssignees.length > 0) {
    deps.assignability.markRefused(repo, applied.refusedAssignees);
    const unassignable = [...(step.unassignable ?? []), ...applied.refusedAssignees.map(loginKey)];
    next.push({ event: { kind: "sweep" }, actor, trigger: null, unassignable, lostChecked: true });
  }
  const patch = plan.find((w): w is Extract<Write, { kind: "update-issue" }> => w.kind === "update-issue")?.patch;
  if (deps.openRequests) await recordOpenCase(deps.openRequests, repo, { ...issue, ...patch }, form, config.config, deps.log);
  if (deps.onDecided)
    // The title as GitHub shows it now: after this step's rewrite (a secret or an address removed), if any.
    writes += await deps.onDecided({ number, title: patch?.title ?? issue.title, createdAt: issue.createdAt, nodeId: issue.nodeId, state });
  const reasons = newReasons(previous, state);
  deps.log?.info(
    { issue: number, event: event.kind, status: state.status, writes, ...(reasons.length ? { reasons } : {}) },
    "case reconciled",
  );
  // Taken in now, with comments already waiting (written before the card): the sweep's pass runs them.
  if (!previous && unprocessed(state.processed, thread).length > 0)
    next.push({ event: { kind: "sweep" }, actor: deps.botLogin, trigger: null, takenIn: true });
  for (const related of decision.related) await deps.relate(related.issue, related.event, actor);
  // A secret GitHub would not delete stays public: this step fails (and the comment stays owed).
  if (applied.unremoved.length > 0) throw new SecretNotRemovedError(applied.unremoved);
  return { writes, status: state.status, next };
}

function withWaitingRecords(state: CaseState, waiting: Outcome[], thread: Parameters<typeof markProcessed>[2]): CaseState {
  if (waiting.length === 0) return state;
  const processed = waiting.reduce((record, { id, ...did }) => markProcessed(record, id, thread, [], did), state.processed);
  return { ...state, processed };
}
