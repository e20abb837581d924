// The card's Evidence section, for reviewers (collapsed, so a worried requester is not shown a
// table about themselves first): per project the account's role, the repository and where the
// link comes from, the requester's tie to it, the first release; a one-line summary; a suggested
// challenge. Every value came from outside and is shown as code, never as markdown.
import type { Config } from "../../config/schema.js";
import { evidenceAbout, isStrong, ownsNothing, suggestedChallenge } from "../evidence/assess.js";
import type { Evidence, Identity, ProjectEvidence, Relation, RepositoryLink } from "../evidence/model.js";
import { utcMinute } from "../text/dates.js";
import { codeSpan, tableCell } from "../text/neutralise.js";
import { registryLabel } from "./binding.js";
import type { CaseState } from "./state.js";
import type { Status } from "./statuses.js";

/** The statuses in which the sweep refreshes evidence (features/evidence/gather.ts reads this too). */
export const REFRESHED: readonly Status[] = ["triage", "needs-info"];

const RELATION_TEXT: Record<Relation, string> = {
  owner: "✓ owns it",
  "org-member": "✓ public member of its organisation",
  committer: "has commits there (weak)",
  none: "no public tie",
  unknown: "not checked",
};

/** The evidence about the account the case names now, if any was gathered. */
export function currentEvidence(state: CaseState): Evidence | null {
  return state.username ? evidenceAbout(state.evidence, { username: state.username, testInstance: state.testInstance }) : null;
}

/** One line: what the evidence says, for the card's summary and the reviewers' page. */
export function evidenceSummary(evidence: Evidence, config: Config): string {
  const registry = registryLabel(config, evidence.testInstance);
  if (evidence.account === "missing") return `no ${registry} account named ${codeSpan(evidence.username)}`;
  if (evidence.account === "unavailable") return `not available yet: ${registry} did not answer in time (the desk tries again)`;
  if (ownsNothing(evidence)) return "the account exists and has no projects (no repository challenge needed)";
  const count = evidence.projects.length + evidence.more;
  const projects = `${count} project${count === 1 ? "" : "s"}`;
  if (isStrong(evidence))
    return `${projects}; strong: the requester owns the attested Trusted Publisher repository of a project only the account owns`;
  const ties = evidence.projects.flatMap((p) => p.links).filter((l) => l.relation !== "none" && l.relation !== "unknown");
  if (ties.length > 0)
    return `${projects}; the requester has a public tie to ${ties.length === 1 ? "one" : ties.length} of their repositories`;
  return `${projects}; no public tie found between the requester and their repositories`;
}

export function evidenceSection(state: CaseState, config: Config): string {
  const evidence = currentEvidence(state);
  if (!evidence) return "";
  const freshness = !evidence.complete
    ? " (incomplete: the desk gathers it again)"
    : REFRESHED.includes(state.status)
      ? "; checked again daily while the case waits"
      : "";
  const lines = [
    `<details><summary>Evidence for reviewers: ${tableCell(evidenceSummary(evidence, config))}</summary>`,
    "",
    `Found ${utcMinute(evidence.at)} in public pages of ${registryLabel(config, evidence.testInstance)} and GitHub${freshness}. ` +
      "Evidence never verifies by itself: the reviewer decides.",
  ];
  if (evidence.projects.length > 0) lines.push("", ...projectTable(evidence.projects));
  if (evidence.more > 0) lines.push("", `…and ${evidence.more} more project${evidence.more === 1 ? "" : "s"}, not examined.`);
  const since = accountAge(evidence);
  if (since) lines.push("", since);
  const challenge = suggestedChallenge(evidence);
  if (challenge)
    lines.push(
      "",
      `**Suggested challenge:** \`/verify repo ${challenge}\` (the strongest repository linked from a release made before this request).`,
    );
  lines.push("", "</details>");
  return lines.join("\n");
}

function projectTable(projects: ProjectEvidence[]): string[] {
  const rows = ["| Project | Role | Repository | Link | Requester | First release |", "|---|---|---|---|---|---|"];
  for (const p of projects) {
    const first = p.firstRelease ? p.firstRelease.slice(0, 10) : "—";
    const shared = p.sharedWith > 0 ? ` (shared with ${p.sharedWith} other${p.sharedWith === 1 ? "" : "s"}: weak)` : "";
    const role = p.unavailable ? "could not be read" : `${p.role ?? "not reported"}${shared}`;
    const links: (RepositoryLink | null)[] = p.links.length > 0 ? p.links : [null];
    links.forEach((link, i) => {
      const cells = i === 0 ? [codeSpan(p.name, 100), role] : ["", ""];
      cells.push(...(link ? linkCells(link) : ["none linked", "", ""]), i === 0 ? first : "");
      rows.push(`| ${cells.map(tableCell).join(" | ")} |`);
    });
  }
  return rows;
}

/** What the ids say about the repository under the name now; shown beside the link, in words a reviewer can act on. */
const IDENTITY_TEXT: Record<Identity, string> = {
  same: "",
  transferred: " ⚠ transferred to another owner since it published",
  replaced: " ⚠ not the repository that published: it is gone or was replaced",
  unverified: " (no verified attestation: its ids could not be checked)",
};

function linkCells(link: RepositoryLink): string[] {
  const moved = link.movedTo ? ` (now ${codeSpan(link.movedTo, 140)})` : "";
  const from = link.publishedFrom ? ` (the one that published is now ${codeSpan(link.publishedFrom, 140)})` : "";
  const identity = link.identity ? IDENTITY_TEXT[link.identity] : "";
  const source =
    link.source === "trusted-publisher"
      ? `Trusted Publisher${link.identity === "same" ? " ✓" : ""}${link.workflow ? ` ${codeSpan(link.workflow, 100)}` : ""}`
      : "project URL (weak: set by the publisher)";
  return [`${codeSpan(link.repo, 140)}${moved}${identity}${from}`, source, RELATION_TEXT[link.relation]];
}

function accountAge(evidence: Evidence): string | null {
  if (!evidence.requesterSince) return null;
  const firsts = evidence.projects.map((p) => p.firstRelease).filter((d): d is string => d !== null);
  const since = evidence.requesterSince.slice(0, 10);
  if (firsts.length === 0) return `The requester's GitHub account was created ${since}.`;
  const earliest = firsts.reduce((a, b) => (a < b ? a : b));
  const order = evidence.requesterSince < earliest ? "before" : "after";
  return `The requester's GitHub account was created ${since}, ${order} the earliest first release listed (${earliest.slice(0, 10)}).`;
}
