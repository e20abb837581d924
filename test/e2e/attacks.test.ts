// Attacks played through signed webhooks against the real app and the GitHub stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { decodeState } from "../../src/domain/case/state.js";
import { COMPRESSED_TIME, startHarness, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const verifier = new Verifier("attack-test-secret-0123456789");
let clock = Date.parse("2026-11-23T12:00:00Z");
const now = () => new Date(clock);
let harness: Harness;

afterEach(async () => harness?.stop());

async function start(config = "reviewers: [alice]\n") {
  // A server that sweeps itself, as deployed (the timer never fires within a test).
  harness = await startHarness({
    ...COMPRESSED_TIME,
    files: { ".github/recovery-triage.yml": config },
    roles: { alice: "maintain" },
    verifier,
    now,
    sweepIntervalMinutes: 60,
  });
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
    expect(card).toContain(
      "the request changed from `victim` on TestPyPI, requested by `mallory` to `victim` on PyPI, requested by `mallory`",
    );
    expect(cardOf(1)).toMatchObject({ status: "triage", factors: {} });
    // A reviewer's /verify email starts afresh, and the old code proves nothing any more.
    await settle(() => github.comment(1, "alice", "/verify email"));
    await settle(() => github.comment(1, "mallory", `/code ${code}`));
    expect(cardOf(1)).toMatchObject({ status: "verifying", factors: { email: { state: "pending", failures: 1 } } });
  }, 30_000);
});

const TOKEN = "pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const CODES = ["3f9a1c0b7d2e4f60", "a01b2c3d4e5f6a7b", "9e8d7c6b5a493827"].join("\n");
/** Every write the app made since `before`, as `METHOD path`. */
const writesSince = (before: number) => harness.github.writes(before).map((w) => `${w.method} ${w.path}`);
/** Everything the app ever sent to GitHub, to check no secret is in it. */
const everythingSent = () => JSON.stringify(harness.github.requests.map((r) => r.body ?? null));

describe("every surface anyone can write is guarded", () => {
  it("a token in the title when the request is opened: the title is rewritten in the same update that labels it", async () => {
    const github = await start();
    const before = github.requests.length;
    await settle(() => github.openIssue("jbber", `recovery, my token ${TOKEN}`, body("form-jbber"), ["account-recovery"]));
    expect(writesSince(before)).toEqual([
      "POST /repos/registry/support/issues/1/comments",
      "POST /repos/registry/support/issues/1/comments",
      "PATCH /repos/registry/support/issues/1",
    ]);
    expect(github.thread(1).issue.title).toBe("recovery, my token [redacted]");
    expect(github.thread(1).issue.labels).toContain("security");
    expect(github.thread(1).comments[1]!.body).toMatch(/^@jbber @alice — your request's title contained an API token/);
    expect(everythingSent()).not.toContain(TOKEN.slice(5, 30));
  }, 30_000);

  it("a title edit that adds a secret (title-only edits otherwise cost nothing)", async () => {
    const github = await start();
    await settle(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]));
    let before = github.requests.length;
    await settle(() => github.editIssueTitle(1, "jbber", "Account recovery (urgent)"));
    expect(github.requests.length).toBe(before);
    before = github.requests.length;
    await settle(() => github.editIssueTitle(1, "jbber", `Account recovery ${TOKEN}`));
    expect(github.thread(1).issue.title).toBe("Account recovery [redacted]");
    expect(writesSince(before)).toContain("PATCH /repos/registry/support/issues/1");
  }, 30_000);

  it.each([
    ["the requester", "jbber"],
    ["a passer-by", "helper"],
  ])(
    "recovery codes added by editing a comment of %s: the comment is deleted",
    async (_who, author) => {
      const github = await start();
      await settle(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]));
      const comment = await settle(() => github.comment(1, author, "I will post my codes below"));
      await settle(() => github.editComment(comment.id, author, `my codes:\n${CODES}`));
      expect(github.comments.has(comment.id)).toBe(false);
      expect(cardOf(1).security).toMatchObject({ kinds: ["recovery-codes"] });
      // Redelivering the edit after the comment is gone does nothing at all.
      const before = github.requests.length;
      await settle(() => github.redeliver(github.lastDelivery!));
      expect(writesSince(before)).toEqual([]);
    },
    30_000,
  );

  it("a secret placed after 33,000 emoji: under GitHub's 65,536 characters, over 65,536 UTF-16 units", async () => {
    const github = await start();
    const padded = body("form-jbber").replace("Hello,", `Hello, ${"😀".repeat(33_000)} here is my token ${TOKEN}`);
    expect(Array.from(padded).length).toBeLessThan(65_536);
    expect(padded.length).toBeGreaterThan(65_536);
    await settle(() => github.openIssue("jbber", "Account recovery request", padded, ["account-recovery"]));
    expect(github.thread(1).issue.body).toContain("here is my token [redacted]");
    expect(github.thread(1).issue.body).not.toContain(TOKEN);
  }, 30_000);

  it.each([
    ["a passer-by", "helper", "they sent me 1234 5678?"],
    ["a maintainer", "alice", "for the record the code was 12345678"],
    ["a passer-by, as a /code command", "helper", "/code 12345678"],
  ])(
    "the case's live code in a comment by %s is deleted",
    async (_who, author, template) => {
      const github = await start();
      await settle(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]));
      const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, now());
      await settle(() => github.comment(1, "alice", "/verify email"));
      const written = template.replace(/1234 ?5678/, code);
      const comment = await settle(() => github.comment(1, author, written));
      expect(github.comments.has(comment.id)).toBe(false);
      expect(everythingSent()).not.toContain(code);
      // and the requester's own code still works afterwards
      await settle(() => github.comment(1, "jbber", `/code ${code}`));
      expect(cardOf(1).status).toBe("verified");
    },
    30_000,
  );

  it("issues that are not requests are guarded too, and cost no write when harmless", async () => {
    const github = await start();
    let before = github.requests.length;
    await settle(() => github.openIssue("someone", "Docs typo", "The page says pypi.org/help is 404"));
    await settle(() => github.comment(1, "someone", "any news?"));
    expect(writesSince(before)).toEqual([]);
    before = github.requests.length;
    await settle(() => github.openIssue("someone", "upload fails", `my token is ${TOKEN} and it fails`));
    expect(writesSince(before)).toEqual(["POST /repos/registry/support/issues/2/comments", "PATCH /repos/registry/support/issues/2"]);
    expect(github.thread(2).issue).toMatchObject({ body: "my token is [redacted] and it fails", labels: ["security"] });
    expect(github.thread(2).comments[0]!.body).toMatch(/^@someone — your issue contained an API token/);
    const leak = await settle(() => github.comment(2, "passer", `try mine: ${TOKEN}`));
    expect(github.comments.has(leak.id)).toBe(false);
    expect(github.thread(2).comments.filter((c) => c.body.includes("<!-- recovery-triage:state"))).toEqual([]);
  }, 30_000);
});

describe("no outsider can make the desk write without bound: 20 comments of each kind from one account", () => {
  /** Opens the request, brings it to `setup`, then posts `text` 20 times as `who`; returns the writes of the flood. */
  async function flood(who: string, text: string, setup: (github: Harness["github"]) => Promise<void> = async () => undefined) {
    const github = await start();
    await settle(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]));
    await setup(github);
    const before = github.requests.length;
    for (let i = 0; i < 20; i++) await settle(() => github.comment(1, who, text));
    const writes = writesSince(before);
    const replies = github
      .writes(before)
      .filter((w) => w.method === "POST" && w.path.endsWith("/comments"))
      .map((w) => String((w.body as { body: string }).body));
    return {
      deletions: writes.filter((w) => w.startsWith("DELETE")).length,
      others: writes.filter((w) => !w.startsWith("DELETE")),
      replies,
    };
  }
  const lock = async (github: Harness["github"]) => {
    await settle(() => github.comment(1, "alice", "/verify email"));
    for (let i = 0; i < 5; i++) {
      clock += 61_000; // wrong codes are answered at most once a minute
      await settle(() => github.comment(1, "jbber", `/code 0000000${i}`));
    }
    expect(cardOf(1).factors.email!.state).toBe("locked");
  };
  const withdraw = async (github: Harness["github"]) => void (await settle(() => github.comment(1, "jbber", "/withdraw")));

  const cases: [string, string, string, typeof lock | undefined, number][] = [
    ["a passer-by posting fake recovery codes", "mallory", `here are yours:\n${CODES}`, undefined, 20],
    ["/code after the factor locked", "jbber", "/code 12345678", lock, 0],
    ["usage errors (/code abc)", "jbber", "/code abc", undefined, 0],
    ["/withdraw on a closed case", "jbber", "/withdraw", withdraw, 0],
    ["near-miss hints (/aprove)", "jbber", "/aprove", undefined, 0],
    ["a passer-by's refused commands", "mallory", "/approve force trust me", undefined, 0],
  ];

  it.each(cases)(
    "%s",
    async (_what, who, text, setup, deletions) => {
      const result = await flood(who, text, setup);
      if (process.env.PRINT_FLOODS)
        console.log(`${_what}: ${result.deletions} deletions, ${result.others.length} other writes, ${result.replies.length} replies`);
      expect(result.deletions).toBe(deletions);
      // Beyond the deletions: at most 5 answers a day per user, plus the card and the labels once.
      expect(result.others.length).toBeLessThanOrEqual(7);
      expect(result.replies.length).toBeLessThanOrEqual(5);
      // The reviewer is mentioned at most once per issue per hour for the same cause.
      expect(result.replies.filter((r) => r.includes("@alice")).length).toBeLessThanOrEqual(1);
    },
    60_000,
  );
});

describe("no number of hostile requests can stop the real owner's case", () => {
  it("21 requests from 21 accounts claim one username: the owner still gets a card, and /status works", async () => {
    const github = await start();
    for (let i = 0; i < 21; i++)
      await settle(() => github.openIssue(`claimant-${i}`, "Account recovery request", body("form-jbber"), ["account-recovery"]));
    await settle(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]));
    const owner = cardOf(22);
    expect(owner.conflictsWith).toHaveLength(20);
    expect(owner.conflictsMore).toBe(1);
    expect(github.thread(22).comments[0]!.body).toContain("#20 and 1 more) ask to recover the same account");
    expect(github.thread(22).issue.labels).toEqual(["account-recovery", "recovery: triage", "recovery: conflict"]);
    const before = github.requests.length;
    const status = await settle(() => github.comment(22, "alice", "/status"));
    expect(writesSince(before)).toEqual([`POST /repos/registry/support/issues/comments/${status.id}/reactions`]);
  }, 60_000);
});
