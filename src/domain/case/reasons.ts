// Why the desk did what it did: every timeline entry a decision adds carries the rule that made it
// and the inputs that rule read (problems found, commands run, days waited), beside who caused it.
// The card's History shows the words for people; the reviewers' page and the log show this.
import type { CaseEvent, DecideInput } from "./model.js";
import type { CaseState, TimelineEntry } from "./state.js";
import { APP_ACTOR } from "./transition.js";

const WHY_LIMIT = 200;

/** The entries this decision added, each with its reason (entries that already have one keep it). */
export function withReasons(previous: CaseState | null, next: CaseState, input: DecideInput): CaseState {
  const known = new Set(previous?.timeline ?? []);
  if (next.timeline.every((e) => known.has(e))) return next;
  return { ...next, timeline: next.timeline.map((e) => (known.has(e) || e.why ? e : { ...e, why: reasonFor(e, next, input) })) };
}

/** The reasons a decision added, for the log line of the event. */
export function newReasons(previous: CaseState | null, next: CaseState): string[] {
  const known = new Set((previous?.timeline ?? []).map((e) => `${e.at}|${e.status}|${e.by}`));
  return next.timeline.filter((e) => !known.has(`${e.at}|${e.status}|${e.by}`)).map((e) => e.why ?? e.status);
}

function reasonFor(entry: TimelineEntry, state: CaseState, input: DecideInput): string {
  // The app's own entries (timers) need no "for": the sweep that ran them is not a person.
  const caused = entry.by === input.actor || entry.by === APP_ACTOR ? "" : ` (for ${input.actor})`;
  return clipWhy(`${ruleOf(input.event, entry, state, input)}${caused}`);
}

function ruleOf(event: CaseEvent, entry: TimelineEntry, state: CaseState, input: DecideInput): string {
  const problems = () => state.problems.map((p) => p.code).join(", ") || "none";
  switch (event.kind) {
    case "opened":
    case "reopened": {
      const what = event.kind === "opened" ? "intake" : "reopened";
      if (entry.status === "needs-info") return `${what}: problems ${problems()}`;
      if (entry.status === "duplicate") return `${what}: the author's earlier open request #${state.duplicateOf ?? "?"}`;
      return `${what}: valid; reviewer ${state.reviewer ?? "none"} (${input.config.assignment})`;
    }
    case "edited":
      if (entry.status === "needs-info") return `edit: problems ${problems()}`;
      return entry.note === "username changed" ? "edit: username changed, verification reset" : "edit: the request is complete";
    case "comment": {
      const commands = event.scan.commands.map((c) => `/${c.name}`);
      const issued = commands.includes("/code") && state.factors.email?.issuedBy ? `; code issued by ${state.factors.email.issuedBy}` : "";
      if (commands.length > 0) return `command ${commands.join(" ")} (as ${event.roles.maintainer ? "maintainer" : "requester"})${issued}`;
      return event.roles.requester ? "the requester replied" : "a comment";
    }
    case "sweep":
      return sweepRule(entry, state, input);
    case "closed":
      return `issue closed on GitHub (${entry.status})`;
    case "conflict":
      return `another request #${event.other} claims the same account`;
  }
}

function sweepRule(entry: TimelineEntry, state: CaseState, input: DecideInput): string {
  const { stale } = input.config;
  if (entry.status === "stale") return `timer: no answer from the requester ${stale.remind_after_days + stale.close_after_days} days`;
  if (entry.status === "verified") return "verification: every required factor confirmed";
  if (state.factors.repo?.state === "expired") return "timer: the repository challenge expired";
  return `sweep: ${entry.status}`;
}

function clipWhy(text: string): string {
  return text.length > WHY_LIMIT ? `${text.slice(0, WHY_LIMIT - 1)}…` : text;
}
