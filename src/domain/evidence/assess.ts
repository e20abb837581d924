// What the evidence means for the desk, decided without I/O: whether it is worth gathering now,
// whether the account exists (a missing one is a problem the requester can fix), which labels it
// earns, and which repository challenge would prove the most. It never verifies anything by itself.
import type { Problem, Validation } from "../intake/validate.js";
import { type Evidence, type EvidenceSubject, type ProjectEvidence, type RepositoryLink } from "./model.js";

/** Evidence older than this is gathered again by the sweep while the case waits in triage. */
export const EVIDENCE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The account a request names, when its text names one the registry could be asked about. */
export function evidenceSubject(validation: Validation): EvidenceSubject | null {
  if (!validation.username || validation.problems.some((p) => p.code.startsWith("username-"))) return null;
  return { username: validation.username, testInstance: validation.testInstance };
}

/** The evidence, when it is about this account (a changed username or instance makes it stale at once). */
export function evidenceAbout(evidence: Evidence | null | undefined, subject: EvidenceSubject | null): Evidence | null {
  if (!evidence || !subject) return null;
  return sameName(evidence.username, subject.username) && evidence.testInstance === subject.testInstance ? evidence : null;
}

/**
 * Whether to gather now. `asked`: a maintainer's `/evidence`. `judging`: the case is open and not
 * yet decided (the caller knows its statuses). An event gathers once per account named; the
 * periodic sweep also refreshes evidence that is incomplete, unavailable or older than a day.
 */
export function shouldGather(
  stored: Evidence | null,
  subject: EvidenceSubject | null,
  now: Date,
  why: { asked: boolean; sweeping: boolean; judging: boolean },
): boolean {
  if (!subject) return false;
  if (why.asked) return true;
  if (!why.judging) return false;
  const current = evidenceAbout(stored, subject);
  if (!current) return true;
  if (!why.sweeping) return false;
  return !current.complete || current.account === "unavailable" || now.getTime() - Date.parse(current.at) >= EVIDENCE_MAX_AGE_MS;
}

/** A request naming an account the registry does not have cannot go on: the requester is told to check the spelling. */
export function withAccountCheck(validation: Validation, evidence: Evidence | null): Validation {
  if (!validation.username || evidence?.account !== "missing") return validation;
  if (!sameName(evidence.username, validation.username) || evidence.testInstance !== validation.testInstance) return validation;
  const problem: Problem = { code: "account-not-found", name: evidence.username, testInstance: evidence.testInstance };
  return {
    valid: false,
    username: validation.username,
    testInstance: validation.testInstance,
    problems: [...validation.problems, problem],
  };
}

/** The account exists and owns nothing: the registry resets such accounts without a repository challenge. */
export function ownsNothing(evidence: Evidence | null): boolean {
  return evidence?.account === "found" && evidence.complete && evidence.projects.length === 0 && evidence.more === 0;
}

/**
 * The requester owns the repository that is the Trusted Publisher of a project the account alone
 * owns, released from before the request, and that repository is the one that published (the
 * attestation's ids are GitHub's for it now). Each condition closes a way to borrow the label:
 * public membership of an organisation is weak (any member has it); a co-owner's repository tells
 * the account apart from nobody; a moved, transferred, replaced or unattested repository may have
 * another owner than the one that published; a release made after the request could be the requester's.
 */
export function isStrong(evidence: Evidence | null): boolean {
  if (evidence?.account !== "found") return false;
  return evidence.projects.some(
    (p) =>
      p.role === "Owner" &&
      p.sharedWith === 0 &&
      releasedBefore(p, evidence.filedAt) &&
      p.links.some((l) => l.source === "trusted-publisher" && l.identity === "same" && ownedByRequester(l)),
  );
}

const ownedByRequester = (link: RepositoryLink) => link.relation === "owner" && link.movedTo === null;
const releasedBefore = (project: ProjectEvidence, filedAt: string) =>
  project.latestRelease !== null && Date.parse(project.latestRelease) < Date.parse(filedAt);
/** A link whose repository is not the one that published (or was taken over) is shown, never suggested. */
const suggestable = (link: RepositoryLink) => link.movedTo === null && link.identity !== "replaced" && link.identity !== "transferred";

/**
 * The repository a challenge should use: linked from a release made before the request, the
 * account's own projects before shared ones, then the Trusted Publisher (attested first) before a
 * project URL, owned before maintained. Ranked on the account's own data only: the requester's ties to a
 * repository are shown beside it, never used to choose it.
 */
export function suggestedChallenge(evidence: Evidence | null): string | null {
  if (evidence?.account !== "found") return null;
  const candidates = evidence.projects
    .filter((p) => releasedBefore(p, evidence.filedAt))
    .flatMap((p) => p.links.filter(suggestable).map((link) => ({ project: p, link })));
  candidates.sort((a, b) => rank(a.project, a.link) - rank(b.project, b.link));
  return candidates[0]?.link.repo ?? null;
}

function rank(project: ProjectEvidence, link: RepositoryLink): number {
  const source = link.source === "trusted-publisher" ? (link.identity === "same" ? 0 : 50) : 100;
  // A co-owner's repository proves the co-owner: the account's own projects come first, whatever their links.
  const shared = project.sharedWith > 0 ? 1000 : 0;
  const role = project.role === "Owner" ? 0 : project.role === "Maintainer" ? 10 : 20;
  return source + shared + role;
}
