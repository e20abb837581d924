// The case card: the one comment the app keeps on each request, edited in place.
// Written for a worried requester who is not technical: what is happening, who acts next,
// what (if anything) they must do. Rendering is deterministic, so an unchanged case renders
// byte-for-byte the same card and costs no write. What it tells the requester to expect and do is
// card-guidance.ts; this module lays out the card around it.
import { utcMinute } from "../text/dates.js";
import { codeSpan, quietLogin, quoteText, tableCell } from "../text/neutralise.js";
import { registryLabel, type NamedAccount } from "./binding.js";
import { EMPTY_STATE_BLOCK, encodeState, type CaseState, type TimelineEntry } from "./state.js";
import { OPEN_STATUSES, STATUS_RULES } from "./statuses.js";
import { evidenceSection } from "./evidence-card.js";
import { guidance, type CardContext } from "./card-guidance.js";
import { threadNote } from "./locking.js";
import { translatedCard } from "./card-translated.js";
import { translatedLanguage } from "./language.js";

export type { CardContext };

const TITLE = "### Account recovery request";

export function renderCard(state: CaseState, ctx: CardContext): string {
  // In the requester's language first (domain/case/language.ts), then the English card, the reference, unchanged.
  const lang = translatedLanguage(state.language);
  const parts = [
    TITLE,
    ...(lang ? [translatedCard(state, ctx, lang), "---"] : []),
    statusLine(state),
    facts(state, ctx),
    factors(state, ctx),
    ...notes(state, ctx),
    guidance(state, ctx),
    threadNote(state, ctx.config),
    evidenceSection(state, ctx.config),
    history(state),
    footer(),
  ];
  return [...parts.filter(Boolean), encodeState(state)].join("\n\n");
}

/**
 * The card written when deciding an event failed. It keeps the previous state block unchanged (so
 * nothing is lost and the next event or sweep tries again from there); a request that had no card
 * yet gets an empty block, which marks this comment as the card without pretending to a state.
 */
export function renderErrorCard(previous: CaseState | null, now: Date): string {
  return [
    TITLE,
    "**Status: Something went wrong while updating this request**",
    "Nothing is lost, and you don't need to do anything: the desk tries again automatically, and its maintainers can see what went wrong.",
    `> **Note for maintainers:** the desk could not process the latest event for this request (${utcMinute(now.toISOString())}); ` +
      "the app's log has the error and its delivery id. The case keeps its last good state until the next event or sweep succeeds.",
    previous ? encodeState(previous) : EMPTY_STATE_BLOCK,
  ].join("\n\n");
}

function statusLine(state: CaseState): string {
  const by = state.status === "closed" && state.closedBy ? ` by ${quietLogin(state.closedBy)}` : "";
  const why = state.status === "needs-info" ? (state.infoRequest ? " — the reviewer has a question" : " — a few things need fixing") : "";
  return `**Status: ${STATUS_RULES[state.status].headline}${why}${by}**`;
}

const WAIT_UNKNOWN = "we can't estimate it yet";

/** A table row; echoed text in it cannot split its cells. */
function row(label: string, value: string): string {
  return `| ${tableCell(label)} | ${tableCell(value)} |`;
}

function facts(state: CaseState, ctx: CardContext): string {
  const registry = registryLabel(ctx.config, state.testInstance);
  const rows = [row("Account", state.username ? `${codeSpan(state.username)} on ${registry}` : "not given yet")];
  if (OPEN_STATUSES.includes(state.status)) {
    rows.push(row("Reviewer", state.reviewer ? quietLogin(state.reviewer) : "not assigned yet"));
    rows.push(row("Next step", STATUS_RULES[state.status].next));
  }
  if (state.status === "triage" && state.queueAhead !== null) {
    const n = state.queueAhead;
    rows.push(
      row(
        "Queue",
        n === 0
          ? "no request filed before yours is waiting for a reviewer"
          : `${n} request${n === 1 ? "" : "s"} filed before yours ${n === 1 ? "is" : "are"} waiting for a reviewer`,
      ),
    );
    const weeks = state.waitWeeks;
    rows.push(
      row("Expected wait", weeks ? `about ${weeks} week${weeks === 1 ? "" : "s"} (a guess from the desk's recent pace)` : WAIT_UNKNOWN),
    );
  }
  return ["| | |", "|---|---|", ...rows].join("\n");
}

function factors(state: CaseState, ctx: CardContext): string {
  const { email, repo } = state.factors;
  if (!email && !repo && !state.attestation) return "";
  const required = ctx.config.verification.require;
  const rows: string[] = [];
  if (email) {
    // Whose key the factor accepts, and whose minted the code that confirmed it: the audit trail on the card.
    const issuedBy = email.issuedBy ? ` — code issued by ${codeSpan(email.issuedBy)}` : "";
    const issuer = email.keyVersion !== null ? ` — codes from ${codeSpan(email.by)}'s key v${email.keyVersion}` : "";
    const text = {
      pending: `⏳ waiting for the code from the email${issuer}`,
      done: `✓ confirmed ${utcMinute(email.doneAt ?? email.startedAt)}${issuedBy}`,
      locked: `✗ locked after ${email.failures} wrong codes`,
    }[email.state];
    rows.push(row(`Email code${required.includes("email") ? "" : " (optional)"}`, text));
  }
  if (repo) {
    const text = {
      pending: `⏳ waiting for branch ${codeSpan(repo.branch)} — open until ${utcMinute(repo.expiresAt)}`,
      done: `✓ branch found ${utcMinute(repo.doneAt ?? repo.startedAt)}`,
      expired: `✗ expired ${utcMinute(repo.expiresAt)} without the branch`,
      unreachable: "✗ the app can no longer see this repository (made private, renamed or deleted)",
    }[repo.state];
    rows.push(row(`Repository ${codeSpan(repo.repo, 140)}${required.includes("repo") ? "" : " (optional)"}`, text));
  }
  if (state.attestation)
    rows.push(row("Reviewer's attestation", `✓ by ${quietLogin(state.attestation.by)}: ${quoteText(state.attestation.note, 200)}`));
  return ["| Verification | |", "|---|---|", ...rows].join("\n");
}

function notes(state: CaseState, ctx: CardContext): string[] {
  const out: string[] = [];
  if (state.conflictsWith.length > 0) {
    const many = state.conflictsWith.length + state.conflictsMore > 1;
    const more = state.conflictsMore > 0 ? ` and ${state.conflictsMore} more` : "";
    const others = `${state.conflictsWith.map((n) => `#${n}`).join(", ")}${more}`;
    out.push(
      `> **Note for the reviewer:** ${many ? "other open requests" : "another open request"} (${others}) ask${many ? "" : "s"} to ` +
        `recover the same account ` +
        `from a different GitHub user. ${many ? "They are" : "Both requests are"} with the same reviewer, who will look at them ` +
        `together before anything happens to the account.`,
    );
  }
  if (state.emailsRemoved) {
    out.push("> We removed your email address from this request because this page is public (GitHub's edit history still shows it).");
  }
  if (state.skippedReviewers.length > 0) {
    out.push(
      `> **Note for maintainers:** GitHub refused to assign ${state.skippedReviewers.map((r) => quietLogin(r)).join(", ")} on this ` +
        `repository ` +
        "(no access any more, or a misspelt login in `reviewers`), so this request went to the next reviewer in turn.",
    );
  }
  if (state.usernameChange) {
    out.push(
      `> **Note for the reviewer:** the username was changed from ${codeSpan(state.usernameChange.from)} to ` +
        `${codeSpan(state.usernameChange.to)} on ${utcMinute(state.usernameChange.at)}, after the request entered the queue.`,
    );
  }
  if (state.accountReset && !state.binding) {
    const { from, to, at } = state.accountReset;
    out.push(
      `> **Verification starts again:** on ${utcMinute(at)} the request changed from ${accountText(from, ctx)} ` +
        `to ${accountText(to, ctx)}. ` +
        "Nothing confirmed for the earlier account counts for this one; the reviewer starts verification afresh.",
    );
  }
  return out;
}

/** `victim` on TestPyPI, requested by `someone`. */
function accountText(account: NamedAccount, ctx: CardContext): string {
  const name = account.username ? codeSpan(account.username) : "no valid username";
  return `${name} on ${registryLabel(ctx.config, account.testInstance)}, requested by ${quietLogin(account.author)}`;
}

function history(state: CaseState): string {
  if (state.timeline.length === 0) return "";
  const lines = state.timeline.map(
    (e: TimelineEntry) => `- ${utcMinute(e.at)} — ${e.note ? quoteText(e.note, 200) : STATUS_RULES[e.status].phrase} (${quietLogin(e.by)})`,
  );
  return ["<details><summary>History</summary>", "", ...lines, "", "</details>"].join("\n");
}

/**
 * The card's last line. Configuration problems are not shown here: the card is the requester's
 * page, and admins are told where they look (the check run on the push, the log, `check-config`).
 */
function footer(): string {
  return "<sub>This comment is kept up to date automatically by recovery-triage.</sub>";
}
