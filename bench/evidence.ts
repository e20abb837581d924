// Ownership evidence's cost per case, measured (part of `npm run bench`, or alone with
// `npm run bench -- evidence`): registry requests and GitHub reads for accounts with 0 to 20
// projects, the time one gathering takes, what a second gathering within the day costs (cache),
// and how long a case waits when the registry is slow or down (the budget bounds it).
import { ProbotOctokit } from "probot";
import { configSchema } from "../src/config/schema.js";
import { gatherEvidence } from "../src/desk/evidence.js";
import { PublicGitHub } from "../src/github/public-github.js";
import { RegistryClient } from "../src/registry/registry-client.js";
import { GitHubStandIn } from "../src/standin/github-standin.js";
import { RegistryStandIn } from "../src/standin/registry-standin.js";
import type { PublicRepository } from "../src/standin/public-repos.js";
import { readProfilePage } from "../src/evidence/profile-page.js";
import { HOSTILE_PAGES } from "../test/helpers/hostile-pages.js";

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
  const octokit = new ProbotOctokit({ auth: { token: github.installationToken() }, baseUrl: api, throttle: { enabled: false } });
  const now = () => new Date();
  const rows = [];
  for (const maxProjects of [10, 20]) {
    const config = configSchema.parse({ registry: { url: registryUrl, max_projects: maxProjects } });
    for (const count of [0, 1, 5, 10, 20]) {
      if (maxProjects === 20 && count < 20) continue;
      const client = new RegistryClient();
      const sources = { registry: client, github: new PublicGitHub(octokit), config, now };
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
      { registry: new RegistryClient(), github: new PublicGitHub(octokit), config, now },
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
  return { perCase: rows, failureMs: failures, budgetSeconds: config.registry.budget_seconds, hostilePagesMs };
}
