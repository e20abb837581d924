// What real GitHub does that our app must handle, modelled by the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../../src/standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

describe("a labelled new request arrives twice (opened, then labeled)", () => {
  it("the stand-in sends both, and the second costs one read and no write", async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const reads = github.reads().map((r) => r.path.replace(/\?.*$/, ""));
    // opened: the settings (config, form), the case, the queue, whether the reviewer can be assigned
    expect(reads.slice(0, -1).sort()).toEqual([
      "/repos/registry/support/assignees/alice",
      "/repos/registry/support/contents/.github%2FISSUE_TEMPLATE%2Faccount-recovery.yml",
      "/repos/registry/support/contents/.github%2Frecovery-triage.yml",
      "/repos/registry/support/issues",
      "/repos/registry/support/issues/1",
      "/repos/registry/support/issues/1/comments",
    ]);
    // labeled: is there a card already? yes — done
    expect(reads.at(-1)).toBe("/repos/registry/support/issues/1/comments");
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/registry/support/issues/1/comments", "PATCH /repos/registry/support/issues/1"]);
  }, 30_000);

  it("a label added later by a maintainer still brings an existing issue to the desk", async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    await github.openIssue("jbber", "help", "I lost my 2FA device, my username is jbber");
    await github.settled();
    expect(github.thread(1).comments).toEqual([]);
    await github.addLabel(1, "alice", "account-recovery");
    await github.settled();
    expect(github.thread(1).comments).toHaveLength(1);
    expect(github.thread(1).issue.labels).toContain("recovery: needs-info");
  }, 30_000);
});

describe("settings are read once per change", () => {
  it("a push that changes the config is seen by the next event; events in between read no settings", async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write", bob: "write" } });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const before = github.requests.length;
    await github.openIssue("sam", "Account recovery request", body("form-jbber").replace("jbber", "sam-k"), ["account-recovery"]);
    await github.settled();
    expect(github.reads(before).filter((r) => r.path.includes("/contents/"))).toEqual([]);
    expect(github.thread(2).issue.assignees).toEqual(["alice"]);
    await github.push("admin", { ".github/recovery-triage.yml": "reviewers: [bob]\n" });
    await github.openIssue("kim", "Account recovery request", body("form-jbber").replace("jbber", "kim"), ["account-recovery"]);
    await github.settled();
    expect(github.thread(3).issue.assignees).toEqual(["bob"]);
  }, 30_000);
});
