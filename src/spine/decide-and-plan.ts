// A step's decision and its plan: the case machine decides, and the decision becomes the state the
// card will hold and the ordered writes that show it. Only the assignability check reads GitHub
// (anyone newly assigned is asked first); nothing here writes.
import { randomUUID } from "node:crypto";
import { renderCard } from "../domain/case/card.js";
import { decide } from "../domain/case/decide.js";
import type { Decision, Trigger } from "../domain/case/model.js";
import { renderNotices } from "../domain/case/notices/reply-text.js";
import type { CaseState } from "../domain/case/state.js";
import { desiredView, issuePatch, type IssuePatch } from "../domain/case/view.js";
import { sameLogin } from "../domain/text/login.js";
import type { Comment, Issue, RepoClient } from "../github/repo-client.js";
import { addressNotice, planCase, withPromise, type Write } from "../domain/case/plan.js";
import type { ConfigResult } from "../config/lenient.js";
import type { FormSpec } from "../domain/intake/form.js";
import type { Assignability } from "../github/assignability.js";
import type { PendingRecords } from "../memory/pending-records.js";

/** What deciding and planning need from the runner's dependencies. */
export interface PlanDeps {
  repo: RepoClient;
  config: ConfigResult;
  form: FormSpec;
  assignability: Assignability;
  pending: PendingRecords | null;
}

/** The pure part: the decision, the state the card will hold, and the writes that show it. */
export async function decideAndPlan(
  deps: PlanDeps,
  input: Parameters<typeof decide>[0],
  { card, onCard, key: caseKey }: { card: Comment | null; onCard: CaseState | null; key: string },
  owed: { body: string; key: string } | null,
  trigger: Trigger | null,
): Promise<{ decision: Decision; state: CaseState; plan: Write[] } | null> {
  const { repo, config } = deps;
  // Anyone the decision would newly assign is first checked with GitHub; a refused login is decided
  // again without (each pass refuses at least one more login, so this ends; past the bound, the
  // update's own refusal handling takes over).
  const unassignable = [...input.unassignable];
  let decision: Decision;
  let patch: IssuePatch | null;
  for (let pass = 1; ; pass++) {
    decision = decide({ ...input, unassignable });
    if (!decision.state) return null;
    patch = issuePatch(
      input.issue,
      desiredView(decision.state, input.issue, config.config, decision.unassign, decision.reopen),
      decision.rewrite,
    );
    const added = newAssignees(input.issue, patch);
    const refused = added.length > 0 ? await deps.assignability.refused(repo, added) : [];
    if (refused.length === 0 || pass >= 10) break;
    unassignable.push(...refused);
  }
  const key = randomUUID();
  const body = renderNotices(decision.notices, decision.state, config.config, input.actor, {
    key,
    re: trigger?.commentId ?? null,
    history: input.replies,
    now: input.now,
  });
  const reply = body ? { body, key } : null;
  // A reply that comes with a change of the case is recorded on the card with it; a reply alone is
  // its own record (a crash before it leaves the comment unprocessed, and it is simply run again).
  const changed = JSON.stringify(decision.state) !== JSON.stringify(input.previous);
  const state = changed ? withPromise(decision.state, reply, input.now) : decision.state;
  // 👍 for an accepted command that shows nothing else (recording it on the card is not visible).
  const shown = reply !== null || patch !== null || !sameExceptRecord(input.previous, state);
  // Only the record changed, from a comment: it waits for the card's next write (pending-records.ts).
  const event = input.event;
  const recordOnly =
    deps.pending !== null && event.kind === "comment" && !shown && !decision.deleteComment && sameExceptRecord(onCard, state);
  if (recordOnly) await deps.pending!.add(caseKey, event.commentId, state.processed.recent?.find((o) => o.id === event.commentId) ?? null);
  const plan = planCase({
    issue: input.issue as Issue,
    card,
    cardBody: recordOnly ? card!.body : renderCard(state, { config: config.config, form: deps.form }),
    reply,
    patch,
    deleteComment: decision.deleteComment,
    hideComment: decision.hideComment,
    lock: decision.lock,
    rewriteComment: decision.rewriteComment
      ? { body: decision.rewriteComment, otherwise: addressNotice(deps.config.config, input, trigger, randomUUID()) }
      : null,
    acknowledge: decision.accepted && !decision.deleteComment && !shown,
    trigger,
    promised: owed,
  });
  return { decision, state, plan };
}

function sameExceptRecord(previous: CaseState | null, state: CaseState): boolean {
  return previous !== null && JSON.stringify({ ...previous, processed: null }) === JSON.stringify({ ...state, processed: null });
}

function newAssignees(issue: { assignees: string[] }, patch: IssuePatch | null): string[] {
  return (patch?.assignees ?? []).filter((a) => !issue.assignees.some((b) => sameLogin(a, b)));
}
