// Gathers a case's ownership evidence: the registry's public profile and project data, then the
// requester's ties on GitHub to the repositories those projects name. Bounded in every direction
// (a time budget per case, 1 + 2 × projects registry requests, at most 1 + 4 × REPOSITORIES_CHECKED
// GitHub reads, remembered between cases), and never failing: what could not be learned in time is marked so and gathered again.
import type { Config } from "../../config/schema.js";
import { OPEN_STATUSES } from "../../domain/case/statuses.js";
import { scanNeeds } from "../../domain/case/commands/index.js";
import { REFRESHED } from "../../domain/case/evidence-card.js";
import { EVIDENCE_MAX_AGE_MS, evidenceSubject, shouldGather } from "../../domain/evidence/assess.js";
import type { Evidence, EvidenceSubject, ProjectEvidence, Relation, RepositoryLink } from "../../domain/evidence/model.js";
import { readProfilePage } from "../../domain/evidence/profile-page.js";
import { readProjectJson, type ProjectFacts } from "../../domain/evidence/project-json.js";
import type { Publisher } from "../../domain/evidence/provenance.js";
import { identityOf } from "../../domain/evidence/identity.js";
import type { PublicGitHub, RepositoryOwner } from "../../github/public-github.js";
import { Budget, type RegistryAnswer, type RegistryClient } from "./registry-client.js";
import { publicGoodTrust, type SigstoreTrustSource } from "./trust-root.js";
import type { EvidenceOccasion } from "../../spine/features.js";

/** Distinct repositories whose tie to the requester is checked (each costs up to 3 GitHub reads). */
export const REPOSITORIES_CHECKED = 5;
/** Projects read at once: the registry is a shared public service, so politely few. */
const CONCURRENCY = 3;

export interface EvidenceSources {
  registry: RegistryClient;
  github: PublicGitHub;
  config: Config;
  now: () => Date;
  /**
   * When the sweep last gathered each case's evidence, in this process. Evidence that did not change
   * keeps its stored date (no write), so this memory is what stops the sweep gathering it every run.
   */
  checked?: Map<string, number>;
  /** The repository the case is in (keys that memory). */
  scope?: string;
  /** The Sigstore trusted root attestations are verified against (the public-good one by default). */
  trusted?: SigstoreTrustSource;
}

/** How often a request's edits may gather evidence (per issue, per process). */
const EDIT_GATHER_EVERY_MS = 60_000;

/**
 * The evidence to decide this event with, when it should be gathered now (domain/evidence/assess.ts);
 * null otherwise, or when the desk has no registry access or the repository turned it off.
 */
export async function evidenceFor(sources: EvidenceSources | null, occasion: EvidenceOccasion): Promise<Evidence | null> {
  if (!sources?.config.registry.evidence) return null;
  const { previous, event, validation, issue } = occasion;
  const subject = evidenceSubject(validation);
  const sweeping = event.kind === "sweep";
  const asked = event.kind === "comment" && event.roles.maintainer && scanNeeds(event.scan, "evidence");
  const open = previous ? OPEN_STATUSES.includes(previous.status) : issue.open;
  const judging = open && event.kind !== "closed" && event.kind !== "conflict" && (!sweeping || REFRESHED.includes(previous!.status));
  if (!shouldGather(previous?.evidence ?? null, subject, sources.now(), { asked, sweeping, judging })) return null;
  const key = `${sources.scope ?? ""}#${issue.number}:${subject!.username.toLowerCase()}:${subject!.testInstance}`;
  const now = sources.now().getTime();
  if (sweeping && now - (sources.checked?.get(key) ?? -Infinity) < EVIDENCE_MAX_AGE_MS) return null;
  // Flipping the username back and forth must not spend the installation's budget: an edit gathers
  // at most once a minute per issue; the card says "not available yet" and the sweep gathers the rest.
  const edits = `${sources.scope ?? ""}#${issue.number}:edited`;
  if (event.kind === "edited" && now - (sources.checked?.get(edits) ?? -Infinity) < EDIT_GATHER_EVERY_MS) return null;
  if (event.kind === "edited") sources.checked?.set(edits, now);
  const filedAt = issue.createdAt ?? sources.now().toISOString();
  const evidence = await gatherEvidence(sources, subject!, previous?.author ?? issue.author, filedAt, asked);
  if (evidence.complete) sources.checked?.set(key, now);
  return evidence;
}

export async function gatherEvidence(
  sources: EvidenceSources,
  subject: EvidenceSubject,
  requester: string,
  filedAt: string,
  revalidate = false,
): Promise<Evidence> {
  const settings = sources.config.registry;
  const budget = new Budget(settings.budget_seconds * 1000, settings.request_timeout_seconds * 1000);
  const base = (subject.testInstance ? settings.test_url : settings.url).replace(/\/+$/, "");
  const evidence: Evidence = {
    at: sources.now().toISOString(),
    username: subject.username,
    testInstance: subject.testInstance,
    account: "unavailable",
    projects: [],
    more: 0,
    complete: false,
    requesterSince: null,
    filedAt,
  };
  const registry = {
    get: (url: string, accept: string) => sources.registry.get(url, accept, budget, revalidate),
    forget: (url: string) => sources.registry.forget(url),
  };
  const profileUrl = `${base}/user/${encodeURIComponent(subject.username)}/`;
  const profile = await registry.get(profileUrl, "text/html");
  if (profile.kind === "missing") return { ...evidence, account: "missing", complete: true };
  if (profile.kind === "failed") return evidence;
  const page = readProfilePage(profile.body, () => budget.remaining() <= 0);
  if (page.kind === "unfinished") return evidence;
  if (page.kind === "unrecognised") {
    registry.forget(profileUrl);
    return evidence;
  }

  const examined = page.projects.slice(0, settings.max_projects);
  const trusted = sources.trusted ?? publicGoodTrust;
  const facts = await inBatches(examined, CONCURRENCY, (name) => readProject(registry, base, name, subject.username, trusted));
  const ties = await requesterTies(revalidate ? sources.github.revalidating() : sources.github, requester, facts, budget);
  const projects: ProjectEvidence[] = examined.map((name, i) => projectEvidence(name, facts[i]!, ties));
  return {
    ...evidence,
    account: "found",
    projects,
    more: page.projects.length - examined.length,
    complete: ties.complete && projects.every((p) => !p.unavailable),
    requesterSince: ties.since,
  };
}

interface ProjectRead {
  facts: ProjectFacts | null;
  publisher: Publisher | null;
}

/** The registry as one case's gathering sees it: its budget, and whether to revalidate, already applied. */
interface CaseRegistry {
  get(url: string, accept: string): Promise<RegistryAnswer>;
  forget(url: string): void;
}

async function readProject(
  registry: CaseRegistry,
  base: string,
  name: string,
  username: string,
  trusted: SigstoreTrustSource,
): Promise<ProjectRead> {
  const url = `${base}/pypi/${encodeURIComponent(name)}/json`;
  const answer = await registry.get(url, "application/json");
  const facts = answer.kind === "ok" ? readProjectJson(parseJson(answer.body), name, username) : null;
  if (answer.kind === "ok" && !facts) registry.forget(url);
  if (!facts?.latestFile) return { facts, publisher: null };
  const { version, filename } = facts.latestFile;
  const path = [name, version, filename].map(encodeURIComponent).join("/");
  const provenance = await registry.get(`${base}/integrity/${path}/provenance`, "application/vnd.pypi.integrity.v1+json");
  if (provenance.kind !== "ok") return { facts, publisher: null };
  // The attestation's checks bring Sigstore's libraries: loaded when a provenance first needs them (trust-root.ts says why).
  const { publisherOf } = await import("../../domain/evidence/provenance.js");
  return { facts, publisher: publisherOf(parseJson(provenance.body), facts.latestFile, await trusted()) };
}

function projectEvidence(name: string, read: ProjectRead, ties: Ties): ProjectEvidence {
  const { facts, publisher } = read;
  if (!facts) return { name, role: null, firstRelease: null, latestRelease: null, links: [], sharedWith: 0, unavailable: true };
  const links: RepositoryLink[] = linksOf(read).map(({ repo, source }) => {
    const trusted = source === "trusted-publisher";
    const tie = ties.relations.get(repo.toLowerCase());
    const published = trusted ? (publisher?.identity ?? null) : null;
    const identity = tie ? identityOf(source, published, tie.repository, facts.latestRelease) : null;
    const publishedFrom = published && identity === "replaced" ? (ties.byId.get(published.repositoryId) ?? null) : null;
    return {
      repo,
      source,
      workflow: trusted ? (publisher?.workflow ?? null) : null,
      relation: tie?.relation ?? "unknown",
      movedTo: tie?.movedTo ?? null,
      identity,
      publishedFrom,
    };
  });
  return {
    name: facts.name,
    role: facts.role,
    sharedWith: facts.sharedWith,
    firstRelease: facts.firstRelease,
    latestRelease: facts.latestRelease,
    links,
    unavailable: false,
  };
}

/** The Trusted Publisher first (the strongest link), then the project's own URLs. */
function linksOf(read: ProjectRead): { repo: string; source: RepositoryLink["source"] }[] {
  const links: { repo: string; source: RepositoryLink["source"] }[] = [];
  if (read.publisher) links.push({ repo: read.publisher.repo, source: "trusted-publisher" });
  for (const repo of read.facts?.urlRepositories ?? []) {
    if (!links.some((l) => l.repo.toLowerCase() === repo.toLowerCase())) links.push({ repo, source: "project-url" });
  }
  return links.slice(0, 4);
}

interface Tie {
  relation: Relation;
  movedTo: string | null;
  /** The repository GitHub has under the name now (null: none). */
  repository: RepositoryOwner | null;
}

interface Ties {
  relations: Map<string, Tie>;
  /** Where repositories that published are now, by id, when their name belongs to another one. */
  byId: Map<number, string>;
  since: string | null;
  complete: boolean;
}

/** How the requester relates to each repository named (strongest links first, at most REPOSITORIES_CHECKED). */
async function requesterTies(github: PublicGitHub, requester: string, reads: ProjectRead[], budget: Budget): Promise<Ties> {
  const ties: Ties = { relations: new Map(), byId: new Map(), since: null, complete: false };
  const ordered = [...reads.flatMap((r) => linksOf(r).filter((l) => l.source === "trusted-publisher")), ...reads.flatMap(linksOf)];
  const repos = [...new Set(ordered.map((l) => l.repo.toLowerCase()))].slice(0, REPOSITORIES_CHECKED);
  if (repos.length === 0) return { ...ties, complete: true };
  try {
    const account = budget.remaining() > 0 ? await github.account(requester) : null;
    if (!account) return ties;
    ties.since = account.createdAt;
    for (const repo of repos) {
      if (budget.remaining() <= 0) return ties;
      ties.relations.set(repo, await tieTo(github, repo, requester, account.id));
    }
    // A Trusted Publisher whose name belongs to another repository now: where did the one that published go?
    for (const id of replacedPublishers(reads, ties.relations).slice(0, REPOSITORIES_CHECKED)) {
      if (budget.remaining() <= 0) return ties;
      const now = await github.repositoryById(id);
      if (now) ties.byId.set(id, now.fullName);
    }
    return { ...ties, complete: true };
  } catch {
    // GitHub refused or failed (rate limit, outage): what is known stays, the rest is "unknown".
    return { ...ties, since: null, complete: false };
  }
}

function replacedPublishers(reads: ProjectRead[], relations: Map<string, Tie>): number[] {
  const ids = reads.flatMap(({ publisher }) => {
    const identity = publisher?.identity;
    if (!identity) return [];
    const tie = relations.get(publisher.repo.toLowerCase());
    // Not checked (beyond REPOSITORIES_CHECKED), or the same repository: nothing to look for.
    return !tie || tie.repository?.id === identity.repositoryId ? [] : [identity.repositoryId];
  });
  return [...new Set(ids)];
}

async function tieTo(github: PublicGitHub, repo: string, requester: string, requesterId: number): Promise<Tie> {
  const found = await github.repositoryOwner(repo);
  if (!found) return { relation: "none", movedTo: null, repository: null };
  const movedTo = found.fullName.toLowerCase() === repo ? null : found.fullName;
  const tie = (relation: Relation): Tie => ({ relation, movedTo, repository: found });
  if (found.ownerId === requesterId) return tie("owner");
  if (found.ownerIsOrganization && (await github.isPublicMember(found.ownerLogin, requester))) return tie("org-member");
  return tie((await github.hasCommitsBy(found.fullName, requester)) ? "committer" : "none");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}
