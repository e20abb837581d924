// Attacks played through signed webhooks against the real app and the GitHub stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/code.js";
import { decodeState } from "../../src/case/state.js";
import { startHarness, type Harness } from "../../src/standin/harness.js";
import { Verifier } from "../../src/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const verifier = new Verifier("attack-test-secret-0123456789");
let clock = Date.parse("2026-11-23T12:00:00Z");
const now = () => new Date(clock);
let harness: Harness;

afterEach(async () => harness?.stop());

async function start(config = "reviewers: [alice]\n") {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": config }, roles: { alice: "maintain" }, verifier, now });
  return harness.github;
}

async function settle<T>(action: () => Promise<T>): Promise<T> {
  const result = await action();
  await harness.github.settled();
  return result;
}

const cardOf = (n: number) => decodeState(harness.github.thread(n).comments.find((c) => c.user.login === "recovery-triage[bot]")!.body)!;
const TEST_VICTIM = body("heading-test-pypi").replace("jbber", "victim");
const MAIN_VICTIM = body("form-jbber").replace("jbber", "victim");

describe("verification proven on TestPyPI cannot be carried to the PyPI account of the same name", () => {
  async function verifiedOnTestPyPI() {
    const github = await start();
    await settle(() => github.openIssue("mallory", "Account recovery request", TEST_VICTIM, ["account-recovery"]));
    const issued = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, now());
    // The email names the instance the account lives on.
    expect(issued.email.text).toContain('recover the TestPyPI account "victim"');
    expect(issued.email.subject).toBe("Your TestPyPI account recovery code");
    await settle(() => github.comment(1, "alice", "/verify email"));
    await settle(() => github.comment(1, "mallory", `/code ${issued.code}`));
    expect(cardOf(1)).toMatchObject({ status: "verified", binding: { username: "victim", testInstance: true, author: "mallory" } });
    return { github, code: issued.code };
  }

  it("edited while open: every factor is reset, the card says so, /approve is refused", async () => {
    const { github } = await verifiedOnTestPyPI();
    await settle(() => github.editIssueBody(1, "mallory", MAIN_VICTIM));
    expect(cardOf(1)).toMatchObject({ status: "triage", binding: null, factors: {}, generation: 1 });
    expect(github.thread(1).issue.labels).toContain("recovery: triage");
    await settle(() => github.comment(1, "alice", "/approve"));
    expect(cardOf(1).status).toBe("triage");
    expect(github.thread(1).issue.state).toBe("open");
  }, 30_000);

  it("edited while closed, then reopened: the reopen finds the change", async () => {
    const { github, code } = await verifiedOnTestPyPI();
    await settle(() => github.setIssueState(1, "mallory", "closed"));
    await settle(() => github.editIssueBody(1, "mallory", MAIN_VICTIM));
    await settle(() => github.setIssueState(1, "mallory", "open"));
    const card = github.thread(1).comments[0]!.body;
    expect(card).toContain("the request changed from `victim` on TestPyPI, requested by `mallory` to `victim` on PyPI, requested by `mallory`");
    expect(cardOf(1)).toMatchObject({ status: "triage", factors: {} });
    // A reviewer's /verify email starts afresh, and the old code proves nothing any more.
    await settle(() => github.comment(1, "alice", "/verify email"));
    await settle(() => github.comment(1, "mallory", `/code ${code}`));
    expect(cardOf(1)).toMatchObject({ status: "verifying", factors: { email: { state: "pending", failures: 1 } } });
  }, 30_000);
});
