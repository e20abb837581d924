// Is the repository GitHub has under a name now the one that published? Decided from ids, never
// from names: a renamed login or repository frees its name for anyone to take, and a project's
// Trusted Publisher is remembered by name. Pure: the attestation's ids and GitHub's answer come in.
import type { PublisherIdentity } from "./attestation.js";
import type { Identity, LinkSource } from "./model.js";

/** What GitHub says about the repository that has the name now. */
export interface RepositoryNow {
  id: number;
  ownerId: number;
  createdAt: string | null;
}

/**
 * `published`: the ids the release's attestation holds (Trusted Publisher links only; null when no
 * attestation verified). `releasedAt`: the release the link is read from.
 */
export function identityOf(
  source: LinkSource,
  published: PublisherIdentity | null,
  now: RepositoryNow | null,
  releasedAt: string | null,
): Identity | null {
  const trusted = source === "trusted-publisher";
  // The name answers nothing: the repository that published was deleted (or made private) since.
  if (!now) return trusted ? "replaced" : null;
  // A repository cannot have published a release made before it existed: the name was taken later.
  if (now.createdAt && releasedAt && Date.parse(now.createdAt) > Date.parse(releasedAt)) return "replaced";
  if (!trusted) return null;
  if (!published) return "unverified";
  if (published.repositoryId !== now.id) return "replaced";
  return published.ownerId === now.ownerId ? "same" : "transferred";
}
