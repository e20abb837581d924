// Gathering one case's evidence, with nock playing the registry and GitHub: what is asked (and how
// little), how ties are decided (numeric ids, not logins; a moved repository noted), the caps, and
// every way a source can fail leaving a usable, honest answer.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { ProbotOctokit } from "probot";
import { configSchema } from "../../../src/config/schema.js";
import { evidenceFor, gatherEvidence, REPOSITORIES_CHECKED } from "../../../src/features/evidence/gather.js";
import { newCaseState } from "../../../src/domain/case/state.js";
import { PublicAnswers, PublicGitHub } from "../../../src/github/public-github.js";
import { RegistryClient } from "../../../src/features/evidence/registry-client.js";

const REGISTRY = "https://registry.test";
const API = "https://api.github.com";
// A budget a loaded machine keeps (a full `npm test` on two cores once ran out of 2 s here: the first
// attestation check also loads Sigstore's libraries); a slow answer (3 s) still times out.
const config = configSchema.parse({ registry: { url: REGISTRY, budget_seconds: 10, request_timeout_seconds: 1 } });
const now = () => new Date("2026-11-25T12:00:00Z");
const FILED = "2026-11-20T00:00:00Z";
const subject = { username: "jbber", testInstance: false };

const profile = (projects: string[]) =>
  `<div class="author-profile"></div><div class="package-list">${projects.map((p) => `<a class="package-snippet" href="/project/${p}/">${p}</a>`).join("")}</div>`;
const projectJson = (name: string, repo: string | null) => ({
  info: { name, version: "1.0", project_urls: repo ? { Source: `https://github.com/${repo}` } : {} },
  releases: { "1.0": [{ upload_time_iso_8601: "2024-01-01T00:00:00Z" }] },
  urls: [{ filename: `${name}-1.0.tar.gz`, upload_time_iso_8601: "2024-01-01T00:00:00Z" }],
  ownership: { roles: [{ role: "Owner", user: "jbber" }] },
});
const repoJson = (fullName: string, ownerId: number, type = "User") => ({
  id: 1,
  full_name: fullName,
  owner: { login: fullName.split("/")[0], id: ownerId, type },
});

/** A Trusted Publisher without an attestation this test's (empty) trust verifies; a project URL to a repository older than the release. */
const UNATTESTED = { identity: "unverified", publishedFrom: null };
const NO_IDENTITY = { identity: null, publishedFrom: null };

function sources() {
  const octokit = new ProbotOctokit({ auth: { token: "t" }, throttle: { enabled: false }, retry: { enabled: false } });
  return { registry: new RegistryClient(), github: new PublicGitHub(octokit), config, now };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("gathering evidence", () => {
  it("asks the registry 1 + 2 × projects times and GitHub once per tie, deciding ownership by numeric id", async () => {
    nock(REGISTRY)
      .get("/user/jbber/")
      .reply(200, profile(["tinyfmt", "other"]))
      .get("/pypi/tinyfmt/json")
      .reply(200, projectJson("tinyfmt", "jbber/tinyfmt"))
      .get("/pypi/other/json")
      .reply(200, projectJson("other", "jbber/other"))
      .get("/integrity/tinyfmt/1.0/tinyfmt-1.0.tar.gz/provenance")
      .reply(200, {
        version: 1,
        attestation_bundles: [{ publisher: { kind: "GitHub", repository: "jbber/tinyfmt", workflow: "pub.yml" } }],
      })
      .get("/integrity/other/1.0/other-1.0.tar.gz/provenance")
      .reply(404);
    nock(API)
      .get("/users/jbber")
      .reply(200, { login: "jbber", id: 7, created_at: "2015-01-01T00:00:00Z" })
      .get("/repos/jbber/tinyfmt")
      .reply(200, repoJson("jbber/tinyfmt", 7))
      // Same login, another id: the login was renamed and taken by someone else. Not the requester.
      .get("/repos/jbber/other")
      .reply(200, repoJson("jbber/other", 99))
      .get("/repos/jbber/other/commits")
      .query({ author: "jbber", per_page: "1" })
      .reply(200, []);
    const s = sources();
    const evidence = await gatherEvidence(s, subject, "jbber", FILED);
    expect(evidence).toMatchObject({ account: "found", complete: true, more: 0, requesterSince: "2015-01-01T00:00:00Z", filedAt: FILED });
    expect(evidence.projects.map((p) => [p.name, p.role, p.links])).toEqual([
      [
        "tinyfmt",
        "Owner",
        [{ repo: "jbber/tinyfmt", source: "trusted-publisher", workflow: "pub.yml", relation: "owner", movedTo: null, ...UNATTESTED }],
      ],
      ["other", "Owner", [{ repo: "jbber/other", source: "project-url", workflow: null, relation: "none", movedTo: null, ...NO_IDENTITY }]],
    ]);
    expect(s.registry.requests).toBe(1 + 2 * 2);
    expect(s.github.reads).toBe(4);
    expect(nock.isDone()).toBe(true);
  });

  it("notes a repository GitHub answers for under another name (renamed or transferred), and public organisation membership", async () => {
    nock(REGISTRY)
      .get("/user/jbber/")
      .reply(200, profile(["tool"]))
      .get("/pypi/tool/json")
      .reply(200, projectJson("tool", "oldorg/tool"))
      .get("/integrity/tool/1.0/tool-1.0.tar.gz/provenance")
      .reply(404);
    nock(API)
      .get("/users/jbber")
      .reply(200, { login: "jbber", id: 7, created_at: null })
      .get("/repos/oldorg/tool")
      .reply(301, { message: "Moved Permanently" }, { location: `${API}/repositories/42` })
      .get("/repositories/42")
      .reply(200, repoJson("neworg/tool", 500, "Organization"))
      .get("/orgs/neworg/public_members/jbber")
      .reply(204);
    const evidence = await gatherEvidence(sources(), subject, "jbber", FILED);
    expect(evidence.projects[0]!.links).toEqual([
      { repo: "oldorg/tool", source: "project-url", workflow: null, relation: "org-member", movedTo: "neworg/tool", ...NO_IDENTITY },
    ]);
  });

  it("remembers GitHub's answers: free within the hour, then asked again with their ETag (a 304 the rate limit does not count)", async () => {
    let clock = Date.parse("2026-11-25T12:00:00Z");
    const answers = new PublicAnswers(() => clock);
    const octokit = new ProbotOctokit({ auth: { token: "t" }, throttle: { enabled: false }, retry: { enabled: false } });
    const github = new PublicGitHub(octokit, answers);
    const registryScope = () =>
      nock(REGISTRY)
        .get("/user/jbber/")
        .reply(200, profile(["tinyfmt"]))
        .get("/pypi/tinyfmt/json")
        .reply(200, projectJson("tinyfmt", "jbber/tinyfmt"))
        .get("/integrity/tinyfmt/1.0/tinyfmt-1.0.tar.gz/provenance")
        .reply(404);
    registryScope();
    nock(API)
      .get("/users/jbber")
      .reply(200, { login: "jbber", id: 7, created_at: "2015-01-01T00:00:00Z" }, { etag: '"u1"' })
      .get("/repos/jbber/tinyfmt")
      .reply(200, repoJson("jbber/tinyfmt", 7), { etag: '"r1"' });
    const gather = () => gatherEvidence({ registry: new RegistryClient(), github, config, now }, subject, "jbber", FILED);
    const first = await gather();
    expect(github.reads).toBe(2);
    // Within the hour: from memory, nothing sent.
    registryScope();
    clock += 30 * 60 * 1000;
    expect(await gather()).toEqual({ ...first, at: expect.any(String) });
    expect(github.reads).toBe(2);
    // Later: the same two reads, conditional, answered 304 from what was remembered.
    registryScope();
    clock += 60 * 60 * 1000;
    nock(API)
      .get("/users/jbber")
      .matchHeader("if-none-match", '"u1"')
      .reply(304)
      .get("/repos/jbber/tinyfmt")
      .matchHeader("if-none-match", '"r1"')
      .reply(304);
    expect((await gather()).projects).toEqual(first.projects);
    expect(github.reads).toBe(4);
    expect(nock.isDone()).toBe(true);
  });

  it("examines at most max_projects and counts the rest; checks at most REPOSITORIES_CHECKED repositories", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const scope = nock(REGISTRY).get("/user/jbber/").reply(200, profile(names));
    for (const name of names.slice(0, 10)) {
      scope.get(`/pypi/${name}/json`).reply(200, projectJson(name, `someone/${name}`));
      scope.get(`/integrity/${name}/1.0/${name}-1.0.tar.gz/provenance`).reply(404);
    }
    const gh = nock(API).get("/users/jbber").reply(200, { login: "jbber", id: 7 });
    for (const name of names.slice(0, REPOSITORIES_CHECKED)) {
      gh.get(`/repos/someone/${name}`).reply(200, repoJson(`someone/${name}`, 8));
      gh.get(`/repos/someone/${name}/commits`)
        .query(true)
        .reply(200, [{ sha: "1" }]);
    }
    const s = sources();
    const evidence = await gatherEvidence(s, subject, "jbber", FILED);
    expect(evidence.projects).toHaveLength(10);
    expect(evidence.more).toBe(2);
    expect(s.registry.requests).toBe(1 + 2 * 10);
    expect(s.github.reads).toBe(1 + 2 * REPOSITORIES_CHECKED);
    expect(evidence.projects.map((p) => p.links[0]!.relation)).toEqual([...Array(5).fill("committer"), ...Array(5).fill("unknown")]);
    expect(nock.isDone()).toBe(true);
  });

  it("an account the registry does not know is missing; the test instance is asked at its own address", async () => {
    nock(REGISTRY).get("/user/nobody/").reply(404);
    expect(await gatherEvidence(sources(), { username: "nobody", testInstance: false }, "x", FILED)).toMatchObject({
      account: "missing",
      complete: true,
      projects: [],
    });
    nock("https://test.pypi.org").get("/user/nobody/").reply(200, profile([]));
    expect(await gatherEvidence(sources(), { username: "nobody", testInstance: true }, "x", FILED)).toMatchObject({
      account: "found",
      testInstance: true,
      projects: [],
    });
  });

  it("registry down, slow, rate-limiting or answering nonsense: unavailable and incomplete, within the budget", async () => {
    for (const answer of [
      (s: nock.Interceptor) => s.replyWithError("ECONNRESET"),
      (s: nock.Interceptor) => s.delay(3000).reply(200, profile([])),
      (s: nock.Interceptor) => s.reply(429, "Too Many Requests", { "retry-after": "60" }),
      (s: nock.Interceptor) => s.reply(200, "<html>maintenance {"),
    ]) {
      answer(nock(REGISTRY).get("/user/jbber/"));
      const started = Date.now();
      const evidence = await gatherEvidence(sources(), subject, "jbber", FILED);
      expect(evidence).toMatchObject({ account: "unavailable", complete: false, projects: [] });
      expect(Date.now() - started).toBeLessThan(config.registry.budget_seconds * 1000);
      nock.cleanAll();
    }
  });

  it("a project the registry cannot describe, or GitHub failing, leaves the rest usable and marks it incomplete", async () => {
    nock(REGISTRY)
      .get("/user/jbber/")
      .reply(200, profile(["good", "bad"]))
      .get("/pypi/good/json")
      .reply(200, projectJson("good", "jbber/good"))
      .get("/integrity/good/1.0/good-1.0.tar.gz/provenance")
      .reply(404)
      .get("/pypi/bad/json")
      .reply(200, "not json");
    nock(API).get("/users/jbber").reply(403, { message: "API rate limit exceeded" });
    const evidence = await gatherEvidence(sources(), subject, "jbber", FILED);
    expect(evidence.complete).toBe(false);
    expect(evidence.projects.map((p) => [p.name, p.unavailable, p.links.map((l) => l.relation)])).toEqual([
      ["good", false, ["unknown"]],
      ["bad", true, []],
    ]);
  });
});

describe("when reconcile gathers", () => {
  const issue = { number: 5, author: "jbber", title: "", body: "", labels: [], assignees: [], open: true, createdAt: FILED };
  const valid = { valid: true as const, username: "jbber", testInstance: false, problems: [] as [] };
  const sweep = { kind: "sweep" as const };

  it("the sweep refreshes a triage case once a day per process, and not at all once the case is decided", async () => {
    let clock = Date.parse("2026-11-25T12:00:00Z");
    const registry = new RegistryClient(undefined, () => clock);
    const s = { ...sources(), registry, now: () => new Date(clock), checked: new Map<string, number>(), scope: "registry/support" };
    const stored = await (async () => {
      nock(REGISTRY).get("/user/jbber/").reply(200, profile([]));
      return gatherEvidence(s, subject, "jbber", FILED);
    })();
    const previous = { ...newCaseState({ author: "jbber", username: "jbber", testInstance: false, problems: [], queueAhead: 0 }) };
    const triage = { ...previous, status: "triage" as const, evidence: { ...stored, at: "2026-11-20T00:00:00.000Z" } };
    // (The registry's answer is still in the client's day cache: this gathering costs GitHub and the registry nothing.)
    expect(await evidenceFor(s, { previous: triage, event: sweep, validation: valid, issue })).toMatchObject({ account: "found" });
    // Unchanged evidence keeps its stored date, so only the process's memory stops the next sweep asking again…
    expect(await evidenceFor(s, { previous: triage, event: sweep, validation: valid, issue })).toBeNull();
    clock += 24 * 3600_000 + 1;
    nock(REGISTRY).get("/user/jbber/").reply(200, profile([]));
    expect(await evidenceFor(s, { previous: triage, event: sweep, validation: valid, issue })).not.toBeNull();
    // …and a decided case is left alone.
    clock += 2 * 24 * 3600_000;
    expect(await evidenceFor(s, { previous: { ...triage, status: "verifying" }, event: sweep, validation: valid, issue })).toBeNull();
    expect(
      await evidenceFor(
        { ...s, config: configSchema.parse({ registry: { evidence: false } }) },
        { previous: null, event: { kind: "opened" }, validation: valid, issue },
      ),
    ).toBeNull();
    expect(nock.isDone()).toBe(true);
  });

  it("flipping the username back and forth gathers at most once a minute per issue; the sweep does the rest", async () => {
    let clock = Date.parse("2026-11-25T12:00:00Z");
    const s = {
      ...sources(),
      registry: new RegistryClient(undefined, () => clock),
      now: () => new Date(clock),
      checked: new Map<string, number>(),
      scope: "registry/support",
    };
    const triage = {
      ...newCaseState({ author: "jbber", username: "jbber", testInstance: false, problems: [], queueAhead: 0 }),
      status: "triage" as const,
    };
    const named = (username: string) => ({ ...valid, username });
    nock(REGISTRY).get("/user/alt/").reply(200, profile([]));
    const edited = { kind: "edited" as const };
    expect(await evidenceFor(s, { previous: triage, event: edited, validation: named("alt"), issue })).not.toBeNull();
    for (let i = 0; i < 10; i++) {
      clock += 3_000;
      const username = i % 2 ? "alt" : "jbber";
      expect(await evidenceFor(s, { previous: triage, event: edited, validation: named(username), issue })).toBeNull();
    }
    clock += 60_000;
    nock(REGISTRY).get("/user/jbber/").reply(200, profile([]));
    expect(await evidenceFor(s, { previous: triage, event: edited, validation: named("jbber"), issue })).not.toBeNull();
    expect(nock.isDone()).toBe(true);
  });
});
