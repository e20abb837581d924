// A push that changes the desk's settings gets its verdict as a check run on the pushed commit —
// where admins look — and never on a requester's card.
import { afterEach, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { startHarness, type Harness } from "../../standin/harness.js";

const FORM = readFileSync(".github/ISSUE_TEMPLATE/account-recovery.yml", "utf8");
let harness: Harness;
afterEach(async () => harness?.stop());

async function start() {
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n", ".github/ISSUE_TEMPLATE/account-recovery.yml": FORM },
  });
  return harness.github;
}

describe("a check run reports the desk's settings after a push", () => {
  it("a misspelt key and a wrong value: failure, every problem named with its fix", async () => {
    const github = await start();
    const sha = await github.push("admin", { ".github/recovery-triage.yml": "reviwers: [alice]\nassignment: fastest\n" });
    await github.settled();
    expect(github.checkRuns).toHaveLength(1);
    const run = github.checkRuns[0]!;
    expect(run).toMatchObject({ head_sha: sha, name: "recovery-triage settings", status: "completed", conclusion: "failure" });
    expect(run.output.title).toBe("2 problems in the desk's settings");
    expect(run.output.summary).toContain(
      "- `assignment` must be one of `round-robin`, `least-loaded`, but it is the text `fastest` (line 2); the default is used",
    );
    expect(run.output.summary).toContain("- `reviwers` is not a known key — did you mean `reviewers`? (line 1); it is ignored");
    expect(run.output.summary).toContain("`reviewers` lists nobody");
  }, 30_000);

  it("security settings written wrongly: each named with its line and the safe value used instead", async () => {
    const github = await start();
    const text = 'reviewers: [alice]\nverification:\n  master_codes: no\n  reviewer_keys:\n    bob: "2"\n';
    await github.push("admin", { ".github/recovery-triage.yml": text });
    await github.settled();
    const run = github.checkRuns.at(-1)!;
    expect(run.conclusion).toBe("failure");
    expect(run.output.summary).toContain(
      "- `verification.master_codes` must be `true` or `false`, but it is the text `no` (line 3); the safe default `false` is used (a security setting)",
    );
    expect(run.output.summary).toContain(
      "- `verification.reviewer_keys.bob` must be a number, but it is the text `2` (line 5); bob's key is treated as revoked until it is fixed",
    );
  }, 30_000);

  it("valid settings: success", async () => {
    const github = await start();
    await github.push("admin", { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" });
    await github.settled();
    expect(github.checkRuns.map((r) => [r.conclusion, r.output.title])).toEqual([["success", "The desk's settings are valid"]]);
  }, 30_000);

  it("a broken issue form: failure naming the form", async () => {
    const github = await start();
    await github.push("admin", { ".github/ISSUE_TEMPLATE/account-recovery.yml": "name: x\nbody: nope\n" });
    await github.settled();
    expect(github.checkRuns[0]!.conclusion).toBe("failure");
    expect(github.checkRuns[0]!.output.summary).toContain(
      "`.github/ISSUE_TEMPLATE/account-recovery.yml` is not an issue form the desk can read",
    );
  }, 30_000);

  it("a push that changes no settings costs no request", async () => {
    const github = await start();
    const before = github.requests.length;
    await github.push("admin", { "README.md": "hello" });
    await github.settled();
    expect(github.requests.slice(before)).toEqual([]);
    expect(github.checkRuns).toEqual([]);
  }, 30_000);
});
