// The rate-limit budget: an unchanged case costs the server's sweep nothing but 304s (which GitHub
// does not count), so an idle sweep's cost does not grow with the number of open cases.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { sweepAll } from "../../src/desk/sweep.js";
import { ConditionalCache } from "../../src/github/conditional-cache.js";
import { startHarness, type Harness } from "../../src/standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
}, 30_000);
afterAll(async () => harness?.stop());

const sweep = (conditional?: ConditionalCache) =>
  sweepAll(harness.probot, {
    botLogin: "recovery-triage[bot]",
    verifier: null,
    now: () => new Date(),
    log: harness.probot.log,
    conditional,
  });

it("an idle sweep with the server's memory costs the same rate-limit points for 3 open cases as for 12", async () => {
  const { github } = harness;
  const memory = new ConditionalCache();
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
  expect([few.notModified, many.notModified]).toEqual([2 * 3, 2 * 12]);
  // Without the memory (the CLI's sweep) every case is read in full: two points each.
  const [before] = [github.rateLimitUsed];
  await sweep();
  expect(github.rateLimitUsed - before).toBe(many.points + 2 * 12);
});
