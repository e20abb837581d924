// One retry layer: the Octokit the desk gives Probot neither retries rate limits (throttling's
// callbacks) nor 5xx (plugin-retry) itself, so retry.ts alone decides, and a creation that may
// have happened is never repeated under it. Every request has a timeout.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { deskOctokit } from "../../src/reliability/octokit.js";

const API = "https://api.github.com";
beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("the desk's Octokit", () => {
  const octokit = () => new (deskOctokit(300))({ auth: "t" });

  it("passes a secondary rate limit straight up (one request), for retry.ts to wait as GitHub asks", async () => {
    let calls = 0;
    nock(API)
      .post("/repos/o/r/issues/1/comments")
      .times(3)
      .reply(() => (calls++, [403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "1" }]));
    await expect(octokit().request("POST /repos/o/r/issues/1/comments", { body: "x" })).rejects.toMatchObject({ status: 403 });
    expect(calls).toBe(1);
  });

  it("does not repeat a 502 (a comment creation may have happened), nor a primary limit", async () => {
    let calls = 0;
    nock(API)
      .post("/repos/o/r/issues/1/comments")
      .times(3)
      .reply(() => (calls++, [502, { message: "Server Error" }]));
    await expect(octokit().request("POST /repos/o/r/issues/1/comments", { body: "x" })).rejects.toMatchObject({ status: 502 });
    expect(calls).toBe(1);
  });

  it("gives every request a timeout", async () => {
    nock(API).get("/repos/o/r").delay(2000).reply(200, {});
    const started = Date.now();
    await expect(octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
