// Ownership evidence's cost per case, measured (part of `npm run bench`, or alone with
// `npm run bench -- evidence`): registry requests and GitHub reads for accounts with 0 to 20
// projects, the time one gathering takes, what a second gathering within the day costs (cache),
// and how long a case waits when the registry is slow or down (the budget bounds it).
import { ProbotOctokit } from "probot";
import { configSchema } from "../src/config/schema.js";
import { gatherEvidence } from "../src/features/evidence/gather.js";
import { PublicGitHub } from "../src/github/public-github.js";
import { RegistryClient } from "../src/features/evidence/registry-client.js";
import { GitHubStandIn } from "../standin/github-standin.js";
import { RegistryStandIn } from "../standin/registry-standin.js";
import type { PublicRepository } from "../standin/public-repos.js";
import { readProfilePage } from "../src/domain/evidence/profile-page.js";
import { HOSTILE_PAGES } from "../test/helpers/hostile-pages.js";
import { JBBER_REQUEST } from "../standin/demo-requests.js";
import { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../test/helpers/registry-world.js";
import { startHarness } from "../standin/harness.js";
import { ThrowawaySigstore } from "../standin/sigstore.js";
import { verifiedIdentity } from "../src/domain/evidence/attestation.js";

export async function evidenceCosts(): Promise<Record<string, unknown>> {
  const registry = new RegistryStandIn();
  const repositories: PublicRepository[] = [];
  for (const count of [0, 1, 5, 10, 20]) {
    const projects = Array.from({ length: count }, (_, i) => `p${count}-${i}`);
    registry.addAccount(`user${count}`, projects);
    for (const name of projects) {
      registry.addProject(name, {
        roles: [{ user: `user${count}`, role: "Owner" }],
        projectUrls: { Source: `https://github.com/org${count}/${name}` },
        releases: [{ version: "1.0", uploadedAt: "2024-01-01T00:00:00Z" }],
        publisher: { repository: `org${count}/${name}` },
      });
      repositories.push({ name: `org${count}/${name}`, organization: true, committers: [] });
    }
  }
  const registryUrl = await registry.start();
  const github = new GitHubStandIn({ webhookSecret: "bench", repositories });
  const api = `${await github.start()}/api/v3`;
  attestWith(registry, github);
  const trust = registry.trust();
  const trusted = async () => trust;
  const octokit = new ProbotOctokit({ auth: { token: github.installationToken() }, baseUrl: api, throttle: { enabled: false } });
  const now = () => new Date();
  const rows = [];
  for (const maxProjects of [10, 20]) {
    const config = configSchema.parse({ registry: { url: registryUrl, max_projects: maxProjects } });
    for (const count of [0, 1, 5, 10, 20]) {
      if (maxProjects === 20 && count < 20) continue;
      const client = new RegistryClient();
      const sources = { registry: client, github: new PublicGitHub(octokit), config, now, trusted };
      const started = performance.now();
      const evidence = await gatherEvidence(sources, { username: `user${count}`, testInstance: false }, "requester", now().toISOString());
      const ms = performance.now() - started;
      const first = { registry: client.requests, github: sources.github.reads };
      const again = { registry: client.requests, github: sources.github.reads };
      await gatherEvidence(sources, { username: `user${count}`, testInstance: false }, "requester", now().toISOString());
      rows.push({
        projects: count,
        maxProjects,
        examined: evidence.projects.length,
        registryRequests: first.registry,
        bound: 1 + 2 * Math.min(count, maxProjects),
        githubReads: first.github,
        ms: Math.round(ms),
        secondGatheringRegistryRequests: client.requests - again.registry,
        secondGatheringGithubReads: sources.github.reads - again.github,
      });
    }
  }
  const failures: Record<string, number> = {};
  const config = configSchema.parse({ registry: { url: registryUrl } });
  for (const mode of ["down", "slow", "rate-limited", "nonsense"] as const) {
    registry.mode = mode;
    const started = performance.now();
    await gatherEvidence(
      { registry: new RegistryClient(), github: new PublicGitHub(octokit), config, now, trusted },
      { username: "user5", testInstance: false },
      "requester",
      now().toISOString(),
    );
    failures[`${mode}Ms`] = Math.round(performance.now() - started);
  }
  registry.mode = "ok";
  await github.stop();
  await registry.stop();
  // A hostile registry's profile page, about 1 MB of each shape: the time reading it takes (goal: < 100 ms each).
  const hostilePagesMs: Record<string, number> = {};
  for (const [shape, html] of Object.entries(HOSTILE_PAGES)) {
    const started = performance.now();
    readProfilePage(html);
    hostilePagesMs[shape] = Math.round(performance.now() - started);
  }
  return {
    perCase: rows,
    failureMs: failures,
    budgetSeconds: config.registry.budget_seconds,
    hostilePagesMs,
    attestationVerifyMs: await attestationVerifyMs(),
    usernameFlips: await usernameFlips(),
  };
}

/** What verifying one attestation to the end costs (sigstore-js, offline), apart from making it. */
async function attestationVerifyMs(): Promise<number> {
  const sigstore = await ThrowawaySigstore.create();
  const file = { filename: "p-1.0.tar.gz", sha256: "cd".repeat(32) };
  const publisher = { repository: "org/p", workflow: "release.yml" };
  const attestation = await sigstore.attestation({ ...publisher, repositoryId: 1, ownerId: 2, at: new Date("2024-01-01T00:00:00Z") }, file);
  const trust = sigstore.trust();
  const runs = 200;
  const started = performance.now();
  for (let i = 0; i < runs; i++)
    if (!verifiedIdentity(attestation, file, publisher, trust)) throw new Error("the benchmark's attestation must verify");
  return Math.round(((performance.now() - started) / runs) * 10) / 10;
}

/**
 * A requester flips the username between two accounts with projects, one edit every 10 s for 10
 * minutes (60 edits), through the real app: what the evidence costs per edit on GitHub (reads that
 * count against the rate limit; 304s do not) and on the registry.
 */
async function usernameFlips(): Promise<Record<string, number>> {
  const world = registryWorld();
  world.addAccount("other-dev", ["tinyfmt"]);
  let clock = Date.parse("2026-11-25T12:00:00Z");
  const url = await world.start();
  const client = new RegistryClient();
  const harness = await startHarness({
    files: { ".github/recovery-triage.yml": registryConfig(url) },
    roles: { alice: "write" },
    repositories: WORLD_REPOSITORIES,
    registry: client,
    trusted: world.trust(),
    now: () => new Date(clock),
  });
  attestWith(world, harness.github);
  const { github } = harness;
  const form = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);
  await github.openIssue("jbber", "Account recovery request", form("jbber"), ["account-recovery"]);
  await github.settled();
  const evidenceRead = (path: string) =>
    /^\/(users|orgs|repositories)\/|^\/repos\/(?!registry\/support\/)[^/]+\/[^/]+(\/commits)?$/.test(path);
  const before = github.requests.length;
  const intakeReads = github.requests.filter((r) => r.method === "GET" && evidenceRead(r.path)).length;
  const registryBefore = client.requests;
  const edits = 60;
  for (let i = 0; i < edits; i++) {
    clock += 10_000;
    await github.editIssueBody(1, "jbber", form(i % 2 === 0 ? "other-dev" : "jbber"));
    await github.settled();
  }
  const reads = github.requests.slice(before).filter((r) => r.method === "GET" && evidenceRead(r.path));
  const counted = reads.filter((r) => r.status === 200).length;
  await harness.stop();
  await world.stop();
  return {
    /** The request itself, for comparison: what one gathering costs with nothing remembered. */
    intakeGithubEvidenceReads: intakeReads,
    edits,
    githubEvidenceReadsPerEdit: Math.round((reads.length / edits) * 100) / 100,
    rateLimitedReadsPerEdit: Math.round((counted / edits) * 100) / 100,
    registryRequestsPerEdit: Math.round(((client.requests - registryBefore) / edits) * 100) / 100,
  };
}
