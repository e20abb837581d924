// The rate-limit budget: an unchanged case costs the server's sweep nothing but 304s (which GitHub
// does not count), so an idle sweep's cost does not grow with the number of open cases.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { sweepAll } from "../../src/spine/sweep.js";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { Desk } from "../../src/spine/service.js";
import { COMPRESSED_TIME, startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    ...COMPRESSED_TIME,
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "write" },
  });
}, 30_000);
afterAll(async () => harness?.stop());

/** With a desk that keeps its memory between sweeps (the server's), or with a new one each time (the CLI's). */
const sweep = (desk?: Desk) =>
  desk ? sweepAll(harness.probot, desk) : sweepWithNewDesk(harness.probot, { verifier: null, registry: null });

it("an idle sweep with the server's memory costs the same rate-limit points for 3 open cases as for 12", async () => {
  const { github } = harness;
  const memory = new Desk(harness.probot, { verifier: null, sweepIntervalMinutes: 0, background: false });
  const idleCost = async (cases: number) => {
    while (github.issues.size < cases)
      await github.openIssue(
        `user${github.issues.size}`,
        "Account recovery request",
        body("form-jbber").replace(/^jbber$/m, `user${github.issues.size}`),
        ["account-recovery"],
      );
    await github.settled();
    await sweep(memory); // learns every case's ETags
    const [points, requests] = [github.rateLimitUsed, github.requests.length];
    const report = await sweep(memory);
    expect(report).toMatchObject({ cases, writes: 0 });
    const notModified = github.requests.slice(requests).filter((r) => r.status === 304).length;
    return { points: github.rateLimitUsed - points, notModified };
  };
  const few = await idleCost(3);
  const many = await idleCost(12);
  expect(many.points).toBe(few.points);
  // Each case's issue and thread, and the one page listing every open issue (requests with or without the label), answered 304.
  expect([few.notModified, many.notModified]).toEqual([2 * 3 + 1, 2 * 12 + 1]);
  // Without the memory (the CLI's sweep) every case is read in full: two points each, and the listing…
  const [before] = [github.rateLimitUsed];
  await sweep();
  // …plus what a desk with memory knows already: the settings (config and form) and its own identity.
  expect(github.rateLimitUsed - before).toBe(many.points + 2 * 12 + 1 + 3);
});

it("a new request costs the same few requests whatever the queue: the open requests come from the desk's index, not a listing", async () => {
  const { github } = harness;
  const file = async () => {
    const n = github.issues.size + 1;
    await github.openIssue(`user${n}`, "Account recovery request", body("form-jbber").replace(/^jbber$/m, `user${n}`), [
      "account-recovery",
    ]);
    await github.settled();
  };
  const costOfNext = async (queue: number) => {
    while (github.issues.size < queue) await file();
    const before = github.requests.length;
    await file();
    return github.requests.slice(before);
  };
  const shapes = (requests: typeof github.requests) => requests.map((r) => `${r.method} ${r.path.replace(/\d+/g, "N")}`);
  const short = await costOfNext(15);
  const long = await costOfNext(130); // two pages of open requests
  expect(shapes(long)).toEqual(shapes(short));
  expect(long.length).toBeLessThanOrEqual(6);
  // One listing: the newest page (whatever was filed a moment ago); the older requests come from the index.
  expect(long.filter((r) => /\/issues\?/.test(r.path)).map((r) => r.path)).toEqual([
    "/repos/registry/support/issues?state=open&labels=account-recovery&sort=created&direction=desc&per_page=100",
  ]);
  // The index still sees every request: a duplicate of the first is found at once.
  const before = github.requests.length;
  await github.openIssue("someone", "Account recovery request", body("form-jbber").replace(/^jbber$/m, "user1"), ["account-recovery"]);
  await github.settled();
  expect(github.issues.get(github.issues.size)!.labels).toContain("recovery: conflict");
  expect(github.requests.length - before).toBeLessThanOrEqual(12);
}, 120_000);
