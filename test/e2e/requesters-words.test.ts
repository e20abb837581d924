// Every requester understood, through the doors they use (signed webhooks to the real app): a
// withdrawal in everyday words closes the request, one that only says they can sign in again asks
// them to confirm, and a username field holding another field's label is read as missing.
import { afterEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

async function start(text = body("form-jbber")) {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "maintain" } });
  await harness.github.openIssue("jbber", "Account recovery request", text, ["account-recovery"]);
  await harness.github.settled();
  return harness.github;
}
const card = () => decodeState(harness.github.thread(1).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
const lastReply = () => harness.github.thread(1).comments.at(-1)!.body;

describe("withdrawal in everyday words", () => {
  it.each(["you can close this now, thanks", "不需要了，谢谢"])(
    "%j closes the request as withdrawn, and says how to reopen it",
    async (text) => {
      const github = await start();
      await github.comment(1, "jbber", text);
      await github.settled();
      expect(card().status).toBe("withdrawn");
      expect(github.thread(1).issue.state).toBe("closed");
      expect(lastReply()).toContain("You asked for this request to be closed, so it is closed now");
    },
  );

  it('"I got back in, thanks!" asks the requester to confirm; the request keeps its place', async () => {
    const github = await start();
    await github.comment(1, "jbber", "I got back in, thanks!");
    await github.settled();
    expect(card().status).toBe("triage");
    expect(github.thread(1).issue.state).toBe("open");
    expect(lastReply()).toContain("It sounds like you can sign in again. If so, comment `/withdraw`");
  });

  it('a passer-by\'s "you can close this" changes nothing', async () => {
    const github = await start();
    const before = github.writes().length;
    await github.comment(1, "mallory", "you can close this now");
    await github.settled();
    expect(card().status).toBe("triage");
    expect(github.writes().length).toBe(before);
  });
});

describe("a label as a value", () => {
  it("the next question's label typed into the username box is read as missing, not as a username", async () => {
    await start(body("form-jbber").replace(/^jbber$/m, "Reason for request"));
    expect(card().status).toBe("needs-info");
    expect(card().username).toBeNull();
    expect(card().problems).toEqual([{ code: "username-unknown" }]);
  });

  it("the next question's heading typed into the username box does not hide the real reason", async () => {
    await start(body("form-jbber").replace(/^jbber$/m, "### Reason for request"));
    expect(card().problems).toEqual([{ code: "username-missing" }]);
  });
});
