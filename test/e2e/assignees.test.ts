// GitHub refuses a whole issues.update (422, field `assignees`, nothing applied) when one login
// cannot be assigned. The stand-in does the same; the desk must never be stuck behind it.
import { afterEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

async function start(config: string, roles: Record<string, string>) {
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": config },
    roles,
    verifier: new Verifier("assignee-test-secret-0123456789"),
  });
  return harness.github;
}
const cardOf = (n: number) => decodeState(harness.github.thread(n).comments.find((c) => c.user.login === "recovery-triage[bot]")!.body)!;

// (A reviewer skipped for the next in turn is test/app/assignees.test.ts, with its exact reads and writes.)
describe("assignees GitHub refuses", () => {
  it("the stand-in refuses an update naming an unassignable login, and applies nothing of it", async () => {
    const github = await start("reviewers: [alice]\n", { alice: "write" });
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const base = `http://${github.host}/api/v3/repos/registry/support`;
    const headers = { authorization: `token ${github.installationToken()}` };
    const refused = await fetch(`${base}/issues/1`, {
      method: "PATCH",
      headers,
      body: JSON.stringify({ labels: ["x"], assignees: ["a-typo"] }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      message: "Validation Failed",
      errors: [{ value: "a-typo", resource: "Issue", field: "assignees", code: "invalid" }],
    });
    expect(github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
    expect((await fetch(`${base}/assignees/alice`, { headers })).status).toBe(204);
    expect((await fetch(`${base}/assignees/a-typo`, { headers })).status).toBe(404);
  }, 30_000);

  it("/assign @a-typo is refused in plain words, and /verify email afterwards still moves the labels", async () => {
    const github = await start("reviewers: [alice]\n", { alice: "write" });
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    await github.comment(1, "alice", "/assign @a-typo");
    await github.settled();
    expect(github.thread(1).comments.at(-1)!.body).toContain(
      "`/assign` was not run: GitHub does not allow assigning a-typo on this repository",
    );
    expect(cardOf(1).reviewer).toBe("alice");
    await github.comment(1, "alice", "/verify email");
    await github.settled();
    expect(github.thread(1).issue).toMatchObject({ labels: ["account-recovery", "recovery: verifying"], assignees: ["alice"] });
    expect(cardOf(1).status).toBe("verifying");
  }, 30_000);
});
