// What evidence means: when it is gathered, a missing account as a problem, the two labels (and
// only on the evidence that earns them), and which repository a challenge should use.
import { describe, expect, it } from "@jest/globals";
import { isStrong, ownsNothing, shouldGather, suggestedChallenge, withAccountCheck } from "../../src/domain/evidence/assess.js";
import type { Evidence, ProjectEvidence, RepositoryLink } from "../../src/domain/evidence/model.js";
import type { Validation } from "../../src/domain/intake/validate.js";

const NOW = new Date("2026-11-25T12:00:00Z");
const link = (over: Partial<RepositoryLink> = {}): RepositoryLink => ({
  repo: "jbber/tinyfmt",
  source: "trusted-publisher",
  workflow: "release.yml",
  relation: "owner",
  movedTo: null,
  identity: "same",
  publishedFrom: null,
  ...over,
});
const project = (over: Partial<ProjectEvidence> = {}): ProjectEvidence => ({
  name: "tinyfmt",
  role: "Owner",
  firstRelease: "2019-05-02T08:00:00.000Z",
  latestRelease: "2024-03-01T10:00:00.000Z",
  links: [link()],
  sharedWith: 0,
  unavailable: false,
  ...over,
});
const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  at: "2026-11-25T11:00:00.000Z",
  username: "jbber",
  testInstance: false,
  account: "found",
  projects: [project()],
  more: 0,
  complete: true,
  requesterSince: null,
  filedAt: "2026-11-20T00:00:00.000Z",
  ...over,
});
const subject = { username: "jbber", testInstance: false };
const event = { asked: false, sweeping: false, judging: true };

describe("when evidence is gathered", () => {
  it("once per account named by an event, again when the name changes, and on /evidence", () => {
    expect(shouldGather(null, subject, NOW, event)).toBe(true);
    expect(shouldGather(evidence(), subject, NOW, event)).toBe(false);
    expect(shouldGather(evidence(), { username: "JBBER", testInstance: false }, NOW, event)).toBe(false);
    expect(shouldGather(evidence(), { username: "jbber2", testInstance: false }, NOW, event)).toBe(true);
    expect(shouldGather(evidence(), { username: "jbber", testInstance: true }, NOW, event)).toBe(true);
    expect(shouldGather(evidence(), subject, NOW, { ...event, asked: true })).toBe(true);
    expect(shouldGather(null, null, NOW, { ...event, asked: true })).toBe(false);
    expect(shouldGather(null, subject, NOW, { ...event, judging: false })).toBe(false);
  });

  it("the sweep refreshes what is a day old, incomplete or unavailable", () => {
    const sweep = { ...event, sweeping: true };
    expect(shouldGather(evidence(), subject, NOW, sweep)).toBe(false);
    expect(shouldGather(evidence({ at: "2026-11-24T11:59:00.000Z" }), subject, NOW, sweep)).toBe(true);
    expect(shouldGather(evidence({ complete: false }), subject, NOW, sweep)).toBe(true);
    expect(shouldGather(evidence({ account: "unavailable" }), subject, NOW, sweep)).toBe(true);
    expect(shouldGather(evidence({ at: "2026-01-01T00:00:00.000Z" }), subject, NOW, { ...sweep, judging: false })).toBe(false);
  });
});

describe("an account the registry does not have", () => {
  const valid: Validation = { valid: true, username: "jbbr", testInstance: false, problems: [] };

  it("is a problem for the requester, only for the name and instance it was looked up for", () => {
    const missing = evidence({ username: "jbbr", account: "missing", projects: [] });
    expect(withAccountCheck(valid, missing)).toEqual({
      valid: false,
      username: "jbbr",
      testInstance: false,
      problems: [{ code: "account-not-found", name: "jbbr", testInstance: false }],
    });
    expect(withAccountCheck({ ...valid, username: "jbber" }, missing)).toEqual({ ...valid, username: "jbber" });
    expect(withAccountCheck({ ...valid, testInstance: true }, missing).valid).toBe(true);
    expect(withAccountCheck(valid, evidence({ username: "jbbr", account: "unavailable" })).valid).toBe(true);
  });
});

describe("the labels", () => {
  it("no-projects: an account that exists and owns nothing, fully read", () => {
    expect(ownsNothing(evidence({ projects: [] }))).toBe(true);
    expect(ownsNothing(evidence({ projects: [], more: 2 }))).toBe(false);
    expect(ownsNothing(evidence({ projects: [], complete: false }))).toBe(false);
    expect(ownsNothing(evidence({ projects: [], account: "missing" }))).toBe(false);
    expect(ownsNothing(evidence())).toBe(false);
  });

  it("strong-evidence: the requester owns the Trusted Publisher repository of an owned project released before the request", () => {
    expect(isStrong(evidence())).toBe(true);
    for (const weaker of [
      // Any public member of the organisation has this tie.
      project({ links: [link({ relation: "org-member" })] }),
      // Released after the request: whoever filed it could have made that release.
      project({ latestRelease: "2026-11-21T00:00:00.000Z" }),
      project({ latestRelease: null }),
      project({ links: [link({ relation: "committer" })] }),
      project({ links: [link({ relation: "none" })] }),
      project({ links: [link({ source: "project-url" })] }),
      project({ role: "Maintainer" }),
      project({ role: null }),
      project({ links: [link({ movedTo: "someone-else/tinyfmt" })] }),
      // The repository under the name now is not the one the attestation names, or none verified.
      project({ links: [link({ identity: "replaced" })] }),
      project({ links: [link({ identity: "transferred" })] }),
      project({ links: [link({ identity: "unverified" })] }),
      project({ links: [link({ identity: null })] }),
      // A co-owner (or a maintainer) could be the one who owns the repository.
      project({ sharedWith: 1 }),
    ])
      expect(isStrong(evidence({ projects: [weaker] }))).toBe(false);
  });
});

describe("the suggested challenge", () => {
  it("puts the account's own projects before shared ones, and an attested publisher before an unverified one", () => {
    const shared = project({ name: "a", sharedWith: 2, links: [link({ repo: "coowner/a" })] });
    const own = project({ name: "b", links: [link({ repo: "jbber/b", source: "project-url" })] });
    expect(suggestedChallenge(evidence({ projects: [shared, own] }))).toBe("jbber/b");
    const unverified = project({ name: "c", links: [link({ repo: "jbber/c", identity: "unverified" })] });
    const attested = project({ name: "d", role: "Maintainer", links: [link({ repo: "org/d" })] });
    expect(suggestedChallenge(evidence({ projects: [unverified, attested] }))).toBe("org/d");
  });

  it("ranks on the account's own data only (the link's source, its role), never on the requester's ties", () => {
    const weakTie = project({ name: "a", links: [link({ repo: "jbber/a", source: "project-url", relation: "owner" })] });
    const ownRepo = project({ name: "b", links: [link({ repo: "team/b", relation: "none" })] });
    expect(suggestedChallenge(evidence({ projects: [weakTie, ownRepo] }))).toBe("team/b");
  });

  it("prefers the Trusted Publisher, then owned projects; only releases made before the request count", () => {
    const urlOnly = project({ name: "a", links: [link({ repo: "jbber/a", source: "project-url" })] });
    const published = project({ name: "b", role: "Maintainer", links: [link({ repo: "org/b", relation: "none" })] });
    expect(suggestedChallenge(evidence({ projects: [urlOnly, published] }))).toBe("org/b");
    const after = project({ name: "c", latestRelease: "2026-11-21T00:00:00.000Z", links: [link({ repo: "jbber/c" })] });
    expect(suggestedChallenge(evidence({ projects: [after, urlOnly] }))).toBe("jbber/a");
    expect(suggestedChallenge(evidence({ projects: [after] }))).toBeNull();
    const moved = project({ links: [link({ movedTo: "x/y" })] });
    expect(suggestedChallenge(evidence({ projects: [moved] }))).toBeNull();
    for (const identity of ["replaced", "transferred"] as const)
      expect(suggestedChallenge(evidence({ projects: [project({ links: [link({ identity })] })] }))).toBeNull();
    expect(suggestedChallenge(evidence({ account: "missing" }))).toBeNull();
  });
});
