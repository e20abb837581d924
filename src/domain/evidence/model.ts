// What the desk learned in public about the account a request names: from the registry (does the
// account exist, which projects, what role, which repositories publish them) and from GitHub (is
// the requester connected to those repositories). Kept on the card, so every value here came from
// an outside party and was validated before it was stored: names, dates and roles only.
import { z } from "zod";

const isoTime = z.string().max(40);
/** A repository as `owner/name`, already checked against GitHub's rules for names. */
const repoName = z.string().max(140);

/** Where the link between a project and a repository comes from, strongest first. */
export const LINK_SOURCES = ["trusted-publisher", "project-url"] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/** The requester's relation to a repository, strongest first. `unknown`: GitHub could not be asked in time. */
export const RELATIONS = ["owner", "org-member", "committer", "none", "unknown"] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * `same`: the attestation's repository and owner ids are GitHub's for this name now. `transferred`: the
 * same repository, another owner since. `replaced`: another repository has the name now (deleted and
 * re-created, or renamed away and the name taken), or it was created after the release it is said to
 * have published. `unverified`: no attestation whose certificate a trusted authority issued.
 */
export const IDENTITIES = ["same", "transferred", "replaced", "unverified"] as const;
export type Identity = (typeof IDENTITIES)[number];

export const repositoryLinkSchema = z.object({
  repo: repoName,
  source: z.enum(LINK_SOURCES),
  /** The Trusted Publisher's workflow file, when the link is one. */
  workflow: z.string().max(100).nullable().default(null),
  relation: z.enum(RELATIONS),
  /** GitHub answered for this name with another repository (renamed or transferred since). */
  movedTo: repoName.nullable().default(null),
  /**
   * Whether the repository GitHub has under this name now is the one that published (Trusted
   * Publisher links: the attestation's ids against GitHub's; any link: created before the release).
   * Null: nothing to compare (a project URL to a repository older than the release).
   */
  identity: z.enum(IDENTITIES).nullable().default(null),
  /** Where the repository that published is now, when the name belongs to another one (null: gone). */
  publishedFrom: repoName.nullable().default(null),
});
export type RepositoryLink = z.infer<typeof repositoryLinkSchema>;

export const projectEvidenceSchema = z.object({
  name: z.string().max(100),
  /** The account's role as the registry reports it; null when the registry does not say. */
  role: z.enum(["Owner", "Maintainer"]).nullable(),
  firstRelease: isoTime.nullable(),
  latestRelease: isoTime.nullable(),
  links: z.array(repositoryLinkSchema).max(4),
  /** Other people with a role on the project (the registry's ownership roles): a shared project's tie is not the account's alone. */
  sharedWith: z.number().int().min(0).default(0),
  /** The registry did not answer usefully for this project (down, slow, nonsense). */
  unavailable: z.boolean().default(false),
});
export type ProjectEvidence = z.infer<typeof projectEvidenceSchema>;

export const evidenceSchema = z.object({
  at: isoTime,
  /** The account it was gathered for (a later edit to the username makes it stale at once). */
  username: z.string().max(100),
  testInstance: z.boolean(),
  /** `unavailable`: the registry could not be asked (down, slow, rate-limiting, nonsense): tried again by the sweep. */
  account: z.enum(["found", "missing", "unavailable"]),
  projects: z.array(projectEvidenceSchema).max(20),
  /** Projects beyond the configured cap, counted not examined. */
  more: z.number().int().min(0),
  /** False when the time budget ran out or a part could not be read: the sweep gathers it again. */
  complete: z.boolean(),
  /** When the requester's GitHub account was created (compared with the projects' first releases). */
  requesterSince: isoTime.nullable(),
  /** When the request was filed: links count for the suggested challenge only from releases made before it. */
  filedAt: isoTime,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The account evidence is about. */
export interface EvidenceSubject {
  username: string;
  testInstance: boolean;
}
