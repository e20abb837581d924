// The demo's public world (also the evidence tests'): a registry stand-in with a few accounts and projects,
// and the GitHub repositories they name, with who owns them and who commits there.
import type { GitHubStandIn } from "./github-standin.js";
import { RegistryStandIn } from "./registry-standin.js";
import type { PublicRepository } from "./public-repos.js";

const BEFORE = "2024-03-01T10:00:00Z";

/** jbber owns `tinyfmt` (published by Trusted Publisher from jbber/tinyfmt) and maintains `bigorg-tools` (URL only). */
export function registryWorld(): RegistryStandIn {
  const registry = new RegistryStandIn();
  registry.addAccount("jbber", ["tinyfmt", "bigorg-tools"]);
  registry.addAccount("empty-account", []);
  // The demo's second requester: an account with no projects (the fast path).
  registry.addAccount("sam-k", []);
  registry.addProject("tinyfmt", {
    roles: [{ user: "jbber", role: "Owner" }],
    projectUrls: { Source: "https://github.com/jbber/tinyfmt", Homepage: "https://tinyfmt.example.org" },
    releases: [
      { version: "0.1", uploadedAt: "2019-05-02T08:00:00Z" },
      { version: "1.0", uploadedAt: BEFORE },
    ],
    publisher: { repository: "jbber/tinyfmt", workflow: "release.yml" },
  });
  registry.addProject("bigorg-tools", {
    roles: [
      { user: "someone", role: "Owner" },
      { user: "jbber", role: "Maintainer" },
    ],
    projectUrls: { Repository: "https://github.com/bigorg/tools" },
    releases: [{ version: "2.0", uploadedAt: "2021-01-01T00:00:00Z" }],
  });
  return registry;
}

export const WORLD_REPOSITORIES: PublicRepository[] = [
  { name: "jbber/tinyfmt", committers: ["jbber"] },
  { name: "bigorg/tools", organization: true, publicMembers: [], committers: ["jbber"] },
];

export function registryConfig(url: string, extra = ""): string {
  return `reviewers: [alice]\nregistry:\n  url: ${url}\n  test_url: ${url}/test\n${extra}`;
}

/**
 * The registry signs its attestations for the ids the GitHub stand-in has for each repository now
 * (as a workflow run there would be). The app must trust the registry's throwaway authority
 * (`registry.trust()` in process, `registry.writeTrustedRoot()` for SIGSTORE_TRUSTED_ROOT).
 */
export function attestWith(registry: RegistryStandIn, github: GitHubStandIn): void {
  registry.identify = (repository) => github.publicIdentity(repository);
}
