// Email addresses leave every text of a request the requester writes: the body, the title and
// their own comments, however disguised; a comment is rewritten with a note, or removed if GitHub
// refuses the edit. Through signed webhooks against the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { ADDRESS_REMOVED_NOTE } from "../../src/domain/case/comment.js";
import { EMAIL_REMOVED } from "../../src/domain/safety/emails.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

async function start(options: { refuseEdits?: boolean } = {}): Promise<Harness["github"]> {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "maintain" } });
  if (options.refuseEdits)
    harness.github.answerOnce("PATCH", /\/issues\/comments\/\d+$/, 403, { message: "Resource not accessible by integration" });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.settled();
  return harness.github;
}

describe("addresses the requester writes", () => {
  it("in the title: removed in the same update as the labels, and the page shows the title without it", async () => {
    const github = await start();
    await github.editIssueTitle(1, "jbber", "Recovery for jürgen.müller＠example.de please");
    await github.settled();
    expect(github.thread(1).issue.title).toBe(`Recovery for ${EMAIL_REMOVED} please`);
    const page = await (await fetch(`${harness.appBase}/recovery-triage/registry/support/cases/1`)).text();
    expect(page).not.toContain("example.de");
  });

  it("in their comment, spelled out: the comment is rewritten without it, with a note saying why", async () => {
    const github = await start();
    const comment = await github.comment(1, "jbber", "You can reach me at jbber at gmail dot com, thanks!");
    await github.settled();
    const now = github.comments.get(comment.id)!.body;
    expect(now).toBe(`You can reach me at ${EMAIL_REMOVED}, thanks!\n\n${ADDRESS_REMOVED_NOTE}`);
    // The app's own edit comes back as a webhook: nothing more is written.
    const writes = github.writes().length;
    await github.settled();
    expect(github.writes().length).toBe(writes);
  });

  it("when GitHub refuses the edit, the comment is removed instead, and its author told why", async () => {
    const github = await start({ refuseEdits: true });
    const comment = await github.comment(1, "jbber", "mail: jbber&#64;gmail.com");
    await github.settled();
    expect(github.comments.has(comment.id)).toBe(false);
    expect(github.thread(1).comments.at(-1)!.body).toMatch(/^@jbber, your comment contained an email address, so it was deleted/);
  });

  it("someone else's address in their own comment is theirs to keep; the registry's service addresses stay", async () => {
    const github = await start();
    const other = await github.comment(1, "mallory", "I am mallory@example.com");
    const service = await github.comment(1, "jbber", "I wrote to admin@pypi.org already");
    await github.settled();
    expect(github.comments.get(other.id)!.body).toBe("I am mallory@example.com");
    expect(github.comments.get(service.id)!.body).toBe("I wrote to admin@pypi.org already");
  });
});
