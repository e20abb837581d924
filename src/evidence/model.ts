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

export const repositoryLinkSchema = z.object({
  repo: repoName,
  source: z.enum(LINK_SOURCES),
  /** The Trusted Publisher's workflow file, when the link is one. */
  workflow: z.string().max(100).nullable().default(null),
  relation: z.enum(RELATIONS),
  /** GitHub answered for this name with another repository (renamed or transferred since). */
  movedTo: repoName.nullable().default(null),
});
export type RepositoryLink = z.infer<typeof repositoryLinkSchema>;

export const projectEvidenceSchema = z.object({
  name: z.string().max(100),
  /** The account's role as the registry reports it; null when the registry does not say. */
  role: z.enum(["Owner", "Maintainer"]).nullable(),
  firstRelease: isoTime.nullable(),
  latestRelease: isoTime.nullable(),
  links: z.array(repositoryLinkSchema).max(4),
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
