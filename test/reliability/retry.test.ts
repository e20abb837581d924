import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { deskOctokit } from "../../src/reliability/octokit.js";
import { RepoClient } from "../../src/github/repo-client.js";
import { makeReliable, RateLimitedError, rateLimitDelay } from "../../src/reliability/retry.js";
import { DeskMetrics } from "../../src/metrics/metrics.js";

const API = "https://api.github.com";
const FAST = { baseDelayMs: 5, maxAttempts: 5, timeoutMs: 300, maxRetryAfterMs: 2000 };
/** The Octokit the desk gives Probot (its own retries off, the timeout set), made reliable as every event's is. */
const Octokit = deskOctokit(FAST.timeoutMs, false);
const octokit = () => makeReliable(new Octokit({ auth: { token: "t" } }), FAST);
const issuePath = "/repos/o/r/issues/1";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect(); // nothing leaks into a later test file in this worker
});

describe("retries", () => {
  it("retries a read after 502s, with backoff, and succeeds", async () => {
    const scope = nock(API).get(issuePath).times(2).reply(502).get(issuePath).reply(200, { number: 1 });
    const { data } = await octokit().rest.issues.get({ owner: "o", repo: "r", issue_number: 1 });
    expect(data.number).toBe(1);
    expect(scope.isDone()).toBe(true);
  });

  it("retries an update after a timeout", async () => {
    const scope = nock(API).patch(issuePath).delay(1000).reply(200, {}).patch(issuePath).reply(200, { number: 1 });
    await octokit().rest.issues.update({ owner: "o", repo: "r", issue_number: 1, labels: ["a"] });
    expect(scope.isDone()).toBe(true);
  });

  it("waits for retry-after on a secondary rate limit (any method: GitHub did not perform it)", async () => {
    const limited = { message: "You have exceeded a secondary rate limit" };
    const scope = nock(API)
      .post(`${issuePath}/comments`)
      .reply(403, limited, { "retry-after": "1" })
      .post(`${issuePath}/comments`)
      .reply(201, { id: 9 });
    const started = Date.now();
    const metrics = new DeskMetrics({ casesByStatus: () => ({}), registryRequests: () => 0 });
    const observed = makeReliable(new Octokit({ auth: { token: "t" } }), { ...FAST, observe: metrics });
    const { data } = await observed.rest.issues.createComment({ owner: "o", repo: "r", issue_number: 1, body: "x" });
    expect(data.id).toBe(9);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(scope.isDone()).toBe(true);
    // The metrics saw both sends, the retry and the wait GitHub asked for.
    const text = await metrics.text();
    expect(text).toContain(
      'recovery_triage_github_requests_total{kind="write",method="POST",route="/repos/{owner}/{repo}/issues/{issue_number}/comments"} 2',
    );
    expect(text).toContain('recovery_triage_github_retries_total{reason="rate-limit"} 1');
    expect(text).toContain("recovery_triage_rate_limit_wait_seconds_total 1");
  });

  it("never retries a comment creation that failed uncertainly (it may have been posted)", async () => {
    const scope = nock(API).post(`${issuePath}/comments`).reply(502);
    await expect(octokit().rest.issues.createComment({ owner: "o", repo: "r", issue_number: 1, body: "x" })).rejects.toMatchObject({
      status: 502,
    });
    expect(scope.isDone()).toBe(true);
  });

  it("does not retry what cannot succeed (404, 422)", async () => {
    nock(API).get(issuePath).reply(404, {});
    await expect(octokit().rest.issues.get({ owner: "o", repo: "r", issue_number: 1 })).rejects.toMatchObject({ status: 404 });
  });

  it("gives up after the last attempt", async () => {
    const scope = nock(API).get(issuePath).times(5).reply(502);
    await expect(octokit().rest.issues.get({ owner: "o", repo: "r", issue_number: 1 })).rejects.toMatchObject({ status: 502 });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    [{ status: 403, message: "secondary rate limit", response: { headers: { "retry-after": "3" } } }, 3000],
    [{ status: 429, message: "", response: { headers: { "retry-after": "0" } } }, 0],
    [{ status: 403, message: "You have exceeded a secondary rate limit", response: { headers: {} } }, 60_000],
    // a 429 without retry-after is a secondary limit too
    [{ status: 429, message: "Too Many Requests", response: { headers: {} } }, 60_000],
    [{ status: 403, message: "Resource not accessible by integration", response: { headers: {} } }, null],
    [{ status: 502, message: "", response: { headers: {} } }, null],
  ])("rateLimitDelay(%j) = %s", (error, expected) => {
    expect(rateLimitDelay(error, FAST, 1)).toBe(expected);
  });

  it("waits for the primary limit's reset, and doubles a secondary limit's wait while it lasts", () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1800);
    const primary = {
      status: 403,
      message: "API rate limit exceeded",
      response: { headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset } },
    };
    expect(rateLimitDelay(primary, FAST, 1)).toBeGreaterThan(1_790_000);
    const error = { status: 403, message: "secondary rate limit", response: { headers: {} } };
    expect([1, 2, 3, 4].map((attempt) => rateLimitDelay(error, FAST, attempt))).toEqual([60_000, 120_000, 240_000, 480_000]);
  });

  it("never retries sooner than GitHub asks: a longer wait than the cap gives the case up to the sweep", async () => {
    const scope = nock(API).patch(issuePath).reply(403, { message: "You have exceeded a secondary rate limit" });
    await expect(octokit().rest.issues.update({ owner: "o", repo: "r", issue_number: 1, labels: [] })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(scope.isDone()).toBe(true);
  });
});

describe("creating a comment exactly once", () => {
  const repo = () => new RepoClient(octokit(), { owner: "o", repo: "r" }, 5);
  const mine = (c: { author: string; body: string }) => c.author === "app[bot]" && c.body.includes("key-1");

  it("a 502 whose comment was in fact posted: found, not posted again", async () => {
    const scope = nock(API)
      .post(`${issuePath}/comments`)
      .reply(502)
      .get(`${issuePath}/comments`)
      .query(true)
      .reply(200, [{ id: 44, body: "hello key-1", user: { login: "app[bot]" }, created_at: "2026-11-23T00:00:00Z" }]);
    expect(await repo().createCommentOnce(1, "hello key-1", mine)).toBe(44);
    expect(scope.isDone()).toBe(true);
  });

  it("a 502 whose comment was not posted: posted once more", async () => {
    const scope = nock(API)
      .post(`${issuePath}/comments`)
      .reply(502)
      .get(`${issuePath}/comments`)
      .query(true)
      .reply(200, [])
      .post(`${issuePath}/comments`)
      .reply(201, { id: 45 });
    expect(await repo().createCommentOnce(1, "hello key-1", mine)).toBe(45);
    expect(scope.isDone()).toBe(true);
  });
});
