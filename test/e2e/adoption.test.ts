// Installing the desk on a repository with a backlog: the sweep takes the open requests in oldest
// first, in their filed order, and mentions nobody about requests filed long ago; the quiet ends
// with each case's first real change. The requests were opened while no app listened (their
// webhooks were lost), as a backlog stands on the day of installation.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const DAY = 24 * 60 * 60_000;
let clock = Date.parse("2026-06-01T09:00:00Z");
let harness: Harness;
const named = (name: string) => body("form-jbber").replace(/^jbber$/m, name);
/** What a reader sees of a comment (without the desk's hidden blocks). */
const visible = (text: string) => text.replace(/<!--[\s\S]*?-->/g, "");
const mentions = (n: number) => harness.github.thread(n).comments.flatMap((c) => visible(c.body).match(/@[\w-]+/g) ?? []);

beforeEach(async () => {
  clock = Date.parse("2026-06-01T09:00:00Z");
  harness = await startHarness({
    now: () => new Date(clock),
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "maintain" },
  });
  // Six requests filed in June, two of them incomplete, before the desk was installed.
  harness.github.loseNextWebhooks(12);
  for (let n = 1; n <= 6; n++) {
    const text = n % 3 === 0 ? body("username-email") : named(`acct${n}`);
    await harness.github.openIssue(`user${n}`, "Account recovery request", text, ["account-recovery"]);
    clock += DAY;
  }
  await harness.github.settled();
  // Installed two months later.
  clock += 60 * DAY;
});
afterEach(async () => harness?.stop());

describe("adopting a backlog", () => {
  it("takes requests in oldest first, keeps their filed order in the queue, and mentions nobody", async () => {
    const before = harness.github.requests.length;
    await harness.sweep();
    await harness.github.settled();
    const cards = harness.github
      .writes(before)
      .filter((w) => w.method === "POST" && w.path.endsWith("/comments"))
      .map((w) => Number(/issues\/(\d+)\/comments/.exec(w.path)![1]));
    expect(cards).toEqual([1, 2, 3, 4, 5, 6]);
    for (let n = 1; n <= 6; n++) expect(mentions(n)).toEqual([]);
    const state = (n: number) => decodeState(harness.github.thread(n).comments[0]!.body)!;
    expect(state(3)).toMatchObject({ status: "needs-info", quiet: true });
    // Every earlier request is still waiting for a reviewer: the queue is the filed order.
    expect([1, 2, 4, 5].map((n) => state(n).queueAhead)).toEqual([0, 1, 3, 4]);
    // A second sweep finds nothing to change: the quiet is part of the card, not a rewrite each time.
    const again = harness.github.requests.length;
    await harness.sweep();
    await harness.github.settled();
    expect(harness.github.writes(again)).toEqual([]);
  });

  it("a request filed today is answered as usual, and an adopted case's first real change mentions its requester", async () => {
    await harness.github.openIssue("newcomer", "Account recovery request", body("username-email"), ["account-recovery"]);
    await harness.github.settled();
    expect(mentions(7)).toEqual(["@newcomer"]);
    await harness.sweep();
    await harness.github.settled();
    expect(mentions(2)).toEqual([]);
    await harness.github.comment(2, "alice", "/needs-info Which email address is on the account?");
    await harness.github.settled();
    expect(mentions(2)).toContain("@user2");
    expect(decodeState(harness.github.thread(2).comments[0]!.body)).toMatchObject({ status: "needs-info", quiet: false });
  });

  it("a duplicate and a rival claim found in the backlog are marked, still without a mention", async () => {
    harness.github.loseNextWebhooks(4);
    // The same person again for acct1, and someone else for acct2, filed in the same old weeks.
    clock -= 50 * DAY;
    await harness.github.openIssue("user1", "Account recovery request", named("acct1"), ["account-recovery"]);
    await harness.github.openIssue("rival", "Account recovery request", named("acct2"), ["account-recovery"]);
    clock += 50 * DAY;
    await harness.github.settled();
    await harness.sweep();
    await harness.github.settled();
    const state = (n: number) => decodeState(harness.github.thread(n).comments[0]!.body)!;
    expect(state(7)).toMatchObject({ status: "duplicate", duplicateOf: 1 });
    expect(state(8).conflictsWith).toEqual([2]);
    expect(state(2).conflictsWith).toEqual([8]);
    for (let n = 1; n <= 8; n++) expect([n, mentions(n)]).toEqual([n, []]);
  });

  it("`adoption.quiet_older_than_days: null` mentions people as a new request would", async () => {
    await harness.github.push("admin", { ".github/recovery-triage.yml": "reviewers: [alice]\nadoption:\n  quiet_older_than_days: null\n" });
    await harness.github.settled();
    await harness.sweep();
    await harness.github.settled();
    expect(mentions(3)).toEqual(["@user3"]);
  });
});

describe("adoption keeps what maintainers decided (preset: pypi)", () => {
  it("a request a maintainer was verifying (`unverified email`) stays verifying; `awaiting response` stays with the requester", async () => {
    await harness.stop();
    harness = await startHarness({
      now: () => new Date(clock),
      files: { ".github/recovery-triage.yml": "preset: pypi\nreviewers: [alice]\n" },
      roles: { alice: "maintain" },
    });
    const { github } = harness;
    github.loseNextWebhooks(10);
    await github.openIssue("user1", "Account recovery request", named("acct1"), ["account-recovery", "unverified email"]);
    await github.openIssue("user2", "Account recovery request", named("acct2"), ["account-recovery", "awaiting response"]);
    await github.openIssue("user3", "Account recovery request", named("acct3"), ["account-recovery"]);
    await github.settled();
    clock += 30 * DAY;
    await harness.sweep();
    await github.settled();
    const state = (n: number) => decodeState(github.thread(n).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
    expect(state(1).status).toBe("verifying");
    expect(github.thread(1).issue.labels).toEqual(["account-recovery", "unverified email"]);
    expect(state(2).status).toBe("needs-info");
    expect(state(2).infoRequest?.text).toContain("before this desk was set up");
    expect(github.thread(2).issue.labels).toEqual(["account-recovery", "awaiting response"]);
    expect(state(3).status).toBe("triage");
    // One card each, and a second sweep changes nothing (never backwards).
    for (const n of [1, 2, 3]) expect(github.thread(n).comments.filter((c) => c.body.includes("recovery-triage:state"))).toHaveLength(1);
    const before = github.writes().length;
    await harness.sweep();
    await github.settled();
    expect(github.writes().length).toBe(before);
  });

  it("an issue of another form with a `PyPI Username` field and a `Code of Conduct` box is left untouched", async () => {
    const { github } = harness;
    const pep541 = [
      "### Project to be claimed",
      "",
      "some-project",
      "",
      "### PyPI Username",
      "",
      "jdoe",
      "",
      "### Reasons for the request",
      "",
      "The project has been abandoned for years and I would like to maintain it.",
      "",
      "### Code of Conduct",
      "",
      "- [X] I agree to follow the PSF Code of Conduct",
    ].join("\n");
    const before = github.writes().length;
    await github.openIssue("jdoe", "PEP 541 request: some-project", pep541, ["PEP 541"]);
    await github.settled();
    await harness.sweep();
    await github.settled();
    expect(github.writes(before).filter((w) => w.path.includes(`/issues/7`))).toEqual([]);
  });
});
