// The queue's expected wait ("about N weeks, a guess from the desk's recent pace") is the reviewers'
// pace: requests they decided or closed. Closures the desk or the requester made on their own (a
// duplicate, a withdrawal, no answer) say nothing about it; counted, every duplicate the desk closed
// while adopting a backlog changed every waiting card's estimate, and the next sweep edited them all
// (an adoption of 150 spent more writes on those edits than on the cards themselves).
import { afterEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { COMPRESSED_TIME, startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const request = (account: string) => body("form-jbber").replace(/^jbber$/m, account);

describe("the queue's expected wait", () => {
  it("follows the reviewers' closures only: duplicates closed while adopting a backlog edit no card", async () => {
    harness = await startHarness({
      ...COMPRESSED_TIME,
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
    });
    const { github } = harness;
    // A backlog filed while no desk listened: eight requests, two of them the same person again (duplicates).
    github.loseNextWebhooks(100);
    for (let n = 1; n <= 6; n++) await github.openIssue(`user${n}`, "Account recovery request", request(`acct${n}`), ["account-recovery"]);
    for (const n of [1, 2]) await github.openIssue(`user${n}`, "Account recovery request", request(`acct${n}`), ["account-recovery"]);
    await github.settled();
    await harness.sweep();
    await github.settled();
    const status = (n: number) => decodeState(github.thread(n).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
    expect([7, 8].map((n) => status(n).status)).toEqual(["duplicate", "duplicate"]);
    // The next sweep finds the two duplicates closed: no pace yet, so nothing on any card changes.
    const before = github.writes().length;
    await harness.sweep();
    await github.settled();
    expect(github.writes().slice(before)).toEqual([]);
    expect(status(6).waitWeeks).toBeNull();
    // Two requests closed by a maintainer are the reviewers' pace: 2 in 8 weeks, a quarter a week.
    for (const n of [1, 2]) await github.setIssueState(n, "alice", "closed", "completed");
    await github.settled();
    await harness.sweep();
    await github.settled();
    // The last request waits behind three (#3, #4, #5): (3 + 1) / 0.25 = 16 weeks.
    expect(status(6)).toMatchObject({ queueAhead: 3, waitWeeks: 16 });
    expect(github.thread(6).comments.find((c) => c.body.includes("recovery-triage:state"))!.body).toContain("about 16 weeks");
  }, 60_000);
});
