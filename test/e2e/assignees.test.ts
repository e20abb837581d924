// GitHub refuses a whole issues.update (422, field `assignees`, nothing applied) when one login
// cannot be assigned. The stand-in does the same; the desk must never be stuck behind it.
import { afterEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/verification/codes.js";
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

  it("a configured reviewer who cannot be assigned is skipped, named on the card, and the case goes to the next", async () => {
    // gone-reviewer left the organisation: still in the config, no longer a collaborator.
    const github = await start("reviewers: [gone-reviewer, bob]\n", { bob: "write" });
    await github.openIssue("x", "n/a", "placeholder so the request is #2"); // round-robin: #2 % 2 = 0 → gone-reviewer first
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect(github.thread(2).issue).toMatchObject({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
    expect(cardOf(2)).toMatchObject({ reviewer: "bob", skippedReviewers: ["gone-reviewer"] });
    expect(github.thread(2).comments[0]!.body).toContain(
      "> **Note for maintainers:** GitHub refused to assign `gone-reviewer` on this repository",
    );
    // No request was ever refused: the desk asked first.
    expect(
      github.requests.some(
        (r) => r.method === "PATCH" && r.path === "/repos/registry/support/issues/2" && JSON.stringify(r.body).includes("gone-reviewer"),
      ),
    ).toBe(false);
  }, 30_000);
});
