// The reviewers' page shows what GitHub shows now: the title as the desk rewrote it (a token
// removed), as a maintainer cleaned it (a title-only edit, closed cases too), and nothing of a
// repository made private since its last event, whether or not GitHub's webhook for it arrived.
import { afterEach, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
let harness: Harness;
afterEach(async () => harness?.stop());

async function start(): Promise<Harness["github"]> {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "maintain" } });
  return harness.github;
}
const report = async () => {
  const response = await fetch(`${harness.appBase}/recovery-triage/registry/support/report.json`);
  return { status: response.status, text: await response.text() };
};
const casePage = async (n: number) => (await fetch(`${harness.appBase}/recovery-triage/registry/support/cases/${n}`)).text();

describe("the page shows what GitHub shows now", () => {
  it("a token in the title is gone from report.json and the case page as soon as the desk removed it", async () => {
    const github = await start();
    await github.openIssue("jbber", `Account recovery ${TOKEN}`, body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect(github.thread(1).issue.title).not.toContain(TOKEN);
    const { text } = await report();
    expect(text).toContain("Account recovery [redacted]");
    expect(text).not.toContain(TOKEN.slice(5, 30));
    expect(await casePage(1)).not.toContain(TOKEN.slice(5, 30));
  });

  it("a title a maintainer cleaned is shown cleaned, on a closed case too", async () => {
    const github = await start();
    await github.openIssue("jbber", "Recovery, call me on +44 7700 900123", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    await github.editIssueTitle(1, "alice", "Account recovery request");
    await github.settled();
    expect((await report()).text).not.toContain("7700");
    expect(await casePage(1)).not.toContain("7700");
    await github.comment(1, "jbber", "/withdraw");
    await github.settled();
    await github.editIssueTitle(1, "alice", "Account recovery request (withdrawn)");
    await github.settled();
    expect(await casePage(1)).toContain("Account recovery request (withdrawn)");
  });

  it("a repository made private disappears at once, with GitHub's webhook or without it", async () => {
    const github = await start();
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect((await report()).status).toBe(200);
    github.loseNextWebhooks(1); // repository.privatized never arrives: the page asks GitHub before it shows anything new
    await github.setPrivate(true);
    await github.comment(1, "jbber", "any news?");
    await github.settled();
    expect((await report()).status).toBe(404);
    expect(await casePage(1)).not.toContain("jbber");
    const index = await (await fetch(`${harness.appBase}/recovery-triage/`)).text();
    expect(index).not.toContain("registry/support");
  });

  it("…and at once when GitHub says so", async () => {
    const github = await start();
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect((await report()).status).toBe(200);
    await github.setPrivate(true);
    await github.settled();
    expect((await report()).status).toBe(404);
  });
});
