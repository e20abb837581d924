import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { CONFIG } from "../helpers/cards.js";
import { body } from "../helpers/fixtures.js";
import recoveryTriage from "../../src/app/probot-app.js";
import { FAST_RETRY, GitHubMock, issuesEvent, loggingProbot, newProbot, type FakeIssue } from "../helpers/github-mock.js";

let github: GitHubMock;
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => github.finish());

const issue: FakeIssue = { number: 10, author: "jbber", body: body("form-jbber"), labels: ["account-recovery"] };

describe("redeliveries", () => {
  it("the same delivery (same X-GitHub-Delivery) received twice makes no writes the second time", async () => {
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    const probot = newProbot();
    const event = issuesEvent("opened", issue);
    await probot.receive(event);
    expect(github.writes).toHaveLength(2);
    const reads = github.reads.length;
    await probot.receive(event);
    expect(github.writes).toHaveLength(2);
    expect(github.reads).toHaveLength(reads); // recognised before anything is read
  });

  it("a delivery that failed is not remembered, so redelivering it applies it", async () => {
    const probot = newProbot();
    const event = issuesEvent("opened", issue);
    nock("https://api.github.com").get("/repos/registry/support/issues/10").reply(404, { message: "Not Found" });
    github.config(CONFIG).form(null);
    await expect(probot.receive(event)).rejects.toMatchObject({
      name: "AggregateError",
      errors: [expect.objectContaining({ status: 404 })],
    }); // Probot gathers the handlers' errors
    expect(github.writes).toEqual([]);
    nock.cleanAll();
    github = new GitHubMock();
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await probot.receive(event);
    expect(github.writes).toHaveLength(2);
  });
});

describe("errors", () => {
  it("are logged with the delivery id and the issue", async () => {
    const { probot, lines } = loggingProbot("info");
    await probot.load((app) =>
      recoveryTriage(app, { sweepIntervalMinutes: 0, background: false, registry: null, retry: FAST_RETRY, verifier: null }),
    );
    nock("https://api.github.com").get("/repos/registry/support/issues/10").reply(404, { message: "Not Found" });
    github.config(CONFIG).form(null);
    const event = issuesEvent("opened", issue);
    await expect(probot.receive(event)).rejects.toMatchObject({
      name: "AggregateError",
      errors: [expect.objectContaining({ status: 404 })],
    }); // Probot gathers the handlers' errors
    const failure = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === "event failed; the sweep will reconcile this case");
    expect(failure).toMatchObject({ delivery: event.id, issue: "registry/support#10", status: 404 });
  });
});
