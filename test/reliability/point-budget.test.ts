// The desk's own count of GitHub's points a minute: it waits its turn instead of being refused, and
// a flood of comments through the real app meets the stand-in's points without one refusal.
import { afterEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { ProbotOctokit } from "probot";
import { dryOctokit, type RecordedWrite } from "../../src/cli/dry-run.js";
import { DryOverlay } from "../../src/cli/dry-overlay.js";
import { DEFAULT_RETRY, makeReliable } from "../../src/reliability/retry.js";
import { deskShare, GITHUB_POINT_LIMITS, PointBudget, pointsOf } from "../../src/reliability/point-budget.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const T0 = Date.parse("2026-12-07T10:00:00Z");

describe("the desk's points a minute", () => {
  it("spends 95 % of GitHub's 900 REST and 2,000 GraphQL points, a read 1 and anything else 5", () => {
    expect(deskShare(GITHUB_POINT_LIMITS)).toEqual({ restPerMinute: 855, graphqlPerMinute: 1900 });
    expect(pointsOf("GET", "/repos/o/r/issues/1", false)).toEqual({ endpoint: "rest", cost: 1 });
    expect(pointsOf("PATCH", "/repos/o/r/issues/1", false)).toEqual({ endpoint: "rest", cost: 5 });
    expect(pointsOf("POST", "/graphql", false)).toEqual({ endpoint: "graphql", cost: 1 });
    expect(pointsOf("POST", "/graphql", true)).toEqual({ endpoint: "graphql", cost: 5 });
    // GitHub's own plumbing (the app's token exchange) is not counted.
    expect(pointsOf("POST", "/app/installations/1/access_tokens", false)).toBeNull();
  });

  it("sends at once while the minute has room, then waits until enough points have left it, in order", () => {
    const budget = new PointBudget({ restPerMinute: 10, graphqlPerMinute: 5 });
    expect(budget.take("rest", 5, T0)).toBe(T0);
    expect(budget.take("rest", 1, T0 + 1_000)).toBe(T0 + 1_000);
    expect(budget.take("rest", 4, T0 + 2_000)).toBe(T0 + 2_000); // 10: full
    // The next must wait for the first 5 points to leave the minute; the one after it comes no earlier.
    expect(budget.take("rest", 5, T0 + 3_000)).toBe(T0 + 60_000);
    expect(budget.take("rest", 1, T0 + 3_000)).toBe(T0 + 61_000);
    // GraphQL's minute is its own.
    expect(budget.take("graphql", 5, T0 + 3_000)).toBe(T0 + 3_000);
    expect(budget.take("graphql", 1, T0 + 3_000)).toBe(T0 + 60_000 + 3_000);
  });
});

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

describe("a dry run's points", () => {
  it("spends points on its reads only: its writes are answered in the process and never reach GitHub", async () => {
    nock.disableNetConnect();
    nock("https://api.github.com").get("/repos/o/r/issues/1").reply(200, { number: 1, labels: [], assignees: [], state: "open" });
    const taken: number[] = [];
    const points = new PointBudget();
    const take = points.take.bind(points);
    points.take = (endpoint, cost, now) => (taken.push(cost), take(endpoint, cost, now));
    const writes: RecordedWrite[] = [];
    const Dry = dryOctokit(writes, new DryOverlay());
    const octokit = makeReliable(new Dry({ auth: "t" }) as unknown as ProbotOctokit, {
      ...DEFAULT_RETRY,
      pace: false,
      budget: null,
      points,
      writesReachGitHub: false,
    });
    try {
      await octokit.request("GET /repos/o/r/issues/1");
      await octokit.request("PATCH /repos/o/r/issues/1", { labels: ["recovery: triage"] });
      await octokit.request("POST /repos/o/r/issues/1/comments", { body: "card" });
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(["PATCH /repos/o/r/issues/1", "POST /repos/o/r/issues/1/comments"]);
    // Only the read took its turn in the minute's points (before this, a dry run of 300 requests
    // charged its unsent writes 5 each and waited minutes for points GitHub never counted).
    expect(taken).toEqual([1]);
  });
});

describe("a flood of comments, at the stand-in's points a window", () => {
  it("is read at the pace GitHub allows: no request refused, every command answered", async () => {
    // GitHub's numbers scaled down, and its minute compressed to six seconds (the same for the stand-in
    // and the desk), so the flood passes a window's points at once; the desk then waits for the window to move on.
    const pointLimits = { restPerMinute: 120, graphqlPerMinute: 120, windowMs: 6_000 };
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      pointLimits,
    });
    const { github } = harness;
    const issue = await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    for (let i = 0; i < 24; i++) await github.comment(issue.number, "mallory", "/approve force mine");
    await github.settled();
    expect(github.pacing.pointRefusals).toBe(0);
    const points = github.requests.filter((r) => !r.path.startsWith("/app")).reduce((sum, r) => sum + (r.method === "GET" ? 1 : 5), 0);
    expect(points).toBeGreaterThan(pointLimits.restPerMinute);
    // Each refusal of a passer-by's command was answered once (the per-user cap folds the later ones).
    const replies = github
      .thread(issue.number)
      .comments.filter((c) => c.user.login === "recovery-triage[bot]" && /can only be run by/.test(c.body));
    expect(replies.length).toBeGreaterThan(0);
  }, 60_000);
});
