// The card's requester-facing part in the requester's language (domain/case/language.ts), written above
// the English card, which follows unchanged: the status, the facts, what happens next and what to
// do, the safety warning, and how to ask for English only. Notes for reviewers, verification
// records, evidence and history stay in English below. Every value is neutralised as the English
// card neutralises it.
import { message as t } from "../../language/catalogue.js";
import type { Translated } from "../../language/languages.js";
import { utcMinute } from "../text/dates.js";
import { codeSpan, mention, quietLogin, quoteText, tableCell } from "../text/neutralise.js";
import { registryLabel } from "./binding.js";
import { problemMessage } from "./problem-translated.js";
import { reopenDeadline } from "./reopening.js";
import type { CaseState } from "./state.js";
import { OPEN_STATUSES } from "./statuses.js";
import type { Config } from "../../config/schema.js";
import type { FormSpec } from "../intake/form.js";

/** What the card is rendered with (card.ts's CardContext). */
interface CardContext {
  config: Config;
  form: FormSpec;
}

export function translatedCard(state: CaseState, ctx: CardContext, lang: Translated): string {
  return [
    `**${statusLine(state, lang)}**`,
    facts(state, ctx, lang),
    ...emailsNote(state, lang),
    body(state, ctx, lang),
    t(lang, "card.english"),
  ]
    .filter(Boolean)
    .join("\n\n");
}

function statusLine(state: CaseState, lang: Translated): string {
  if (state.status === "needs-info") return t(lang, state.infoRequest ? "status.needs-info.question" : "status.needs-info.problems");
  if (state.status === "closed" && state.closedBy) return t(lang, "status.closed-by", { login: quietLogin(state.closedBy) });
  return t(lang, `status.${state.status}`);
}

const row = (label: string, value: string) => `| ${tableCell(label)} | ${tableCell(value)} |`;

function facts(state: CaseState, ctx: CardContext, lang: Translated): string {
  const registry = registryLabel(ctx.config, state.testInstance);
  const account = state.username ? t(lang, "account.named", { username: codeSpan(state.username), registry }) : t(lang, "account.none");
  const rows = [row(t(lang, "row.account"), account)];
  if (OPEN_STATUSES.includes(state.status)) {
    rows.push(row(t(lang, "row.reviewer"), state.reviewer ? quietLogin(state.reviewer) : t(lang, "reviewer.none")));
    rows.push(row(t(lang, "row.next"), t(lang, `next.${state.status as "triage"}`)));
  }
  if (state.status === "triage" && state.queueAhead !== null) {
    rows.push(row(t(lang, "row.queue"), t(lang, "queue.ahead", { count: state.queueAhead })));
    const weeks = state.waitWeeks;
    rows.push(row(t(lang, "row.wait"), weeks ? t(lang, "wait.weeks", { count: weeks }) : t(lang, "wait.unknown")));
  }
  return ["| | |", "|---|---|", ...rows].join("\n");
}

function emailsNote(state: CaseState, lang: Translated): string[] {
  return state.emailsRemoved ? [`> ${t(lang, "note.emails-removed")}`] : [];
}

function body(state: CaseState, ctx: CardContext, lang: Translated): string {
  const registry = ctx.config.registry_name;
  const requester = state.quiet ? quietLogin(state.author) : mention(state.author);
  const safety = t(lang, "safety");
  const note = state.decision?.note ? ` (${quoteText(state.decision.note, 300)})` : "";
  const deadline = reopenDeadline(state, ctx.config);
  switch (state.status) {
    case "triage":
      return [t(lang, "body.triage.next", { registry }), t(lang, "body.triage.wait"), safety].join("\n\n");
    case "needs-info":
      if (state.infoRequest) {
        return [
          t(lang, "body.question", { requester }),
          quoteText(state.infoRequest.text, 600, true),
          t(lang, "body.question.todo"),
          safety,
        ].join("\n\n");
      }
      return [
        t(lang, "body.problems", { requester }),
        state.problems.map((p, i) => `${i + 1}. ${problemMessage(p, ctx, lang)}`).join("\n"),
        t(lang, "body.problems.todo"),
        safety,
      ].join("\n\n");
    case "verifying":
      return [...verifyingSteps(state, lang), safety].join("\n\n");
    case "verified":
      return t(lang, "body.verified");
    case "on-hold":
      return state.holdReason ? t(lang, "body.on-hold.reason", { reason: quoteText(state.holdReason, 300) }) : t(lang, "body.on-hold");
    case "resolved":
      return t(lang, "body.resolved", { registry, note });
    case "denied":
      return [t(lang, "body.denied", { note }), ...(state.lockedAt ? [] : [t(lang, "body.new-information")])].join(" ");
    case "duplicate":
      return t(lang, "body.duplicate", { number: `#${state.duplicateOf}` });
    case "withdrawn":
      return deadline ? t(lang, "body.withdrawn.until", { date: utcMinute(deadline) }) : t(lang, "body.withdrawn");
    case "stale":
      return deadline ? t(lang, "body.stale.until", { date: utcMinute(deadline) }) : t(lang, "body.stale");
    case "closed":
      return t(lang, "body.closed");
  }
}

function verifyingSteps(state: CaseState, lang: Translated): string[] {
  const { email, repo } = state.factors;
  const steps: string[] = [];
  if (email?.state === "pending") steps.push(t(lang, "step.email"));
  if (email?.state === "locked") steps.push(t(lang, "step.locked"));
  if (repo?.state === "pending") {
    steps.push(t(lang, "step.repo", { branch: codeSpan(repo.branch), repo: codeSpan(repo.repo, 140), until: utcMinute(repo.expiresAt) }));
  }
  return steps.length > 0 ? steps : [t(lang, "step.none")];
}
