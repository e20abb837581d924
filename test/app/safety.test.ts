import { JBBER_REF } from "../helpers/cases.js";
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { decodeState } from "../../src/domain/case/state.js";
import recoveryTriage from "../../src/app/probot-app.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { state, verifyingState } from "../helpers/cases.js";
import { cardFor, CONFIG, onlyRecorded } from "../helpers/cards.js";
import { body } from "../helpers/fixtures.js";
import {
  commentEvent,
  FAST_RETRY,
  GitHubMock,
  issuesEvent,
  loggingProbot,
  newProbot,
  OWNER,
  REPO,
  TEST_SECRET,
  triageIssue,
  type FakeIssue,
} from "../helpers/github-mock.js";

const CODES = ["3f9a1c0b7d2e4f60", "a01b2c3d4e5f6a7b", "9e8d7c6b5a493827"];
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const PASSWORD = "Hunter2!xyz";
const issuePath = `/repos/${OWNER}/${REPO}/issues/10`;

let github: GitHubMock;
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => github.finish());

const withCase = (
  s = state({ queueAhead: 0 }),
  issue = triageIssue,
  extra: { id: number; author: string; body: string; createdAt?: string }[] = [],
) =>
  github
    .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(s) }, ...extra])
    .config(CONFIG)
    .form(null);

const everythingWritten = () => JSON.stringify(github.writes);

describe("secrets in comments", () => {
  it("the requester's recovery codes: deleted first, case labelled security, author and reviewer told what to do", async () => {
    withCase().deletions(true);
    await newProbot().receive(commentEvent(triageIssue, { id: 77, author: "jbber", body: `none of these work:\n${CODES.join("\n")}` }));
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `DELETE /repos/${OWNER}/${REPO}/issues/comments/77`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/55`,
      `POST ${issuePath}/comments`,
      `PATCH ${issuePath}`,
    ]);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage", "security"] });
    const notice = github.created()[0]!;
    expect(notice).toMatch(
      /^@bob — @jbber, your comment contained recovery codes, so it was deleted: this issue is public\. Treat those recovery codes as used up/,
    );
    expect(decodeState(github.card())!.security).toEqual({ kinds: ["recovery-codes"], at: "2026-11-23T12:00:00.000Z" });
    for (const code of CODES) expect(everythingWritten()).not.toContain(code);
  });

  it("a passer-by's API token is removed too, and they are the one told to revoke it", async () => {
    withCase().deletions(true).permission("helper", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 78, author: "helper", body: `try this token: ${TOKEN}` }));
    expect(github.writes[0]).toMatchObject({ method: "DELETE" });
    expect(github.created()[0]).toContain("@helper, your comment contained an API token, so it was deleted");
    expect(github.created()[0]).toContain("Revoke that API token");
    expect(everythingWritten()).not.toContain(TOKEN.slice(5, 25));
  });

  it("a maintainer's comment is not scanned", async () => {
    withCase().permission("alice", "write");
    await newProbot().receive(commentEvent(triageIssue, { id: 79, author: "alice", body: `example format: ${CODES.join(" ")}` }));
    onlyRecorded(github.writes, 79);
  });

  it("the case's own code written outside /code is removed, with advice to use /code", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const code = new Verifier(TEST_SECRET).issueEmailCode(JBBER_REF, now, 24).code;
    withCase(verifyingState({}, now.toISOString(), "bob"), {
      ...triageIssue,
      labels: ["account-recovery", "recovery: verifying"],
    }).deletions(true);
    await newProbot().receive(commentEvent(triageIssue, { id: 80, author: "jbber", body: `the email says ${code}` }));
    expect(github.writes[0]).toMatchObject({ method: "DELETE" });
    expect(github.created()[0]).toContain("To use a code, comment `/code` followed by the digits");
    expect(everythingWritten()).not.toContain(code);
  });
});

describe("secrets in the issue body", () => {
  it("are replaced with [redacted] in the same update that labels the request, and the author is told it leaked", async () => {
    const issue: FakeIssue = {
      number: 10,
      author: "jbber",
      body: body("form-jbber").replace("Hello,", `Hello,\n\npassword: ${PASSWORD}`),
      labels: ["account-recovery"],
    };
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${issuePath}/comments`,
      `POST ${issuePath}/comments`,
      `PATCH ${issuePath}`,
    ]);
    const update = github.update()!;
    expect(update.labels).toEqual(["account-recovery", "recovery: triage", "security"]);
    expect(String(update.body)).toContain("password: [redacted]");
    expect(String(update.body)).toContain("### PyPI Username\n\njbber");
    expect(github.created()[1]).toContain("GitHub keeps the history of edits and anyone can read it, so treat it as leaked");
    expect(everythingWritten()).not.toContain(PASSWORD);
  });
});

describe("limits on noise", () => {
  const refusal = (id: number, at: string) => ({
    id,
    author: "recovery-triage[bot]",
    body: '`/approve` can only be run by the desk\'s maintainers, so nothing was changed.\n\n<!-- recovery-triage:reply {"to":"mallory","kinds":["refused"]} -->',
    createdAt: at,
  });

  it("at most 3 replies to refused commands per user per issue, then silence", async () => {
    withCase(undefined, triageIssue, [refusal(61, "2026-11-23T10:00:00Z"), refusal(62, "2026-11-23T10:05:00Z")]).permission("mallory", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 81, author: "mallory", body: "/approve force x" }));
    expect(github.writes).toHaveLength(1);
    github.finish();
    github = new GitHubMock();
    withCase(undefined, triageIssue, [
      refusal(61, "2026-11-23T10:00:00Z"),
      refusal(62, "2026-11-23T10:05:00Z"),
      refusal(63, "2026-11-23T10:10:00Z"),
    ]).permission("mallory", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 82, author: "mallory", body: "/approve force x" }));
    // Silence, but remembered: were mallory made a maintainer tomorrow, the sweep would not run it.
    onlyRecorded(github.writes, 82);
  });

  it("/help at most once per user per issue per hour", async () => {
    const help = (at: string) => ({
      id: 64,
      author: "recovery-triage[bot]",
      body: 'Commands…\n\n<!-- recovery-triage:reply {"to":"jbber","kinds":["help"]} -->',
      createdAt: at,
    });
    withCase(undefined, triageIssue, [help("2026-11-23T11:30:00Z")]);
    await newProbot().receive(commentEvent(triageIssue, { id: 83, author: "jbber", body: "/help" }));
    // The answer from half an hour ago stands; the repeat is only recorded (no reply, not even a 👍).
    onlyRecorded(github.writes, 83);
    github.finish();
    github = new GitHubMock();
    withCase(undefined, triageIssue, [help("2026-11-23T10:59:00Z")]);
    await newProbot().receive(commentEvent(triageIssue, { id: 84, author: "jbber", body: "/help" }));
    expect(String(github.writes[0]!.body.body)).toContain("Commands you (`jbber`) can use on this request:");
  });

  it("a flood of /code is answered at most once a minute, but every attempt still counts", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const verifying = verifyingState({}, now.toISOString(), "bob");
    verifying.factors.email!.failures = 1;
    const answered = {
      id: 65,
      author: "recovery-triage[bot]",
      body: 'That code is not right.\n\n<!-- recovery-triage:reply {"to":"jbber","kinds":["code"]} -->',
      createdAt: "2026-11-23T11:59:30Z",
    };
    withCase(verifying, { ...triageIssue, labels: ["account-recovery", "recovery: verifying"] }, [answered]).permission("bob", "write");
    await newProbot().receive(commentEvent(triageIssue, { id: 85, author: "jbber", body: "/code 00000000" }));
    expect(github.writes.map((w) => w.method)).toEqual(["PATCH"]); // the card only: failures 1 → 2, no reply
    expect(decodeState(String(github.writes[0]!.body.body))!.factors.email!.failures).toBe(2);
  });

  const answer = (id: number, to: string, at: string, extra = "") => ({
    id,
    author: "recovery-triage[bot]",
    body: `an answer\n\n<!-- recovery-triage:reply {"to":"${to}","kinds":["answer"]${extra}} -->`,
    createdAt: at,
  });

  it("at most 5 answers per user per issue in any 24 hours, whatever their kind; others are still answered", async () => {
    const five = [1, 2, 3, 4, 5].map((i) => answer(60 + i, "jbber", `2026-11-23T0${i}:00:00Z`));
    withCase(undefined, triageIssue, five).permission("jbber", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 86, author: "jbber", body: "/aprove" }));
    onlyRecorded(github.writes, 86);
    github.finish();
    // A day after the first of them, one answer is free again.
    github = new GitHubMock();
    withCase(undefined, triageIssue, five).permission("jbber", 404);
    await newProbot(() => new Date("2026-11-24T01:30:00Z")).receive(
      commentEvent(triageIssue, { id: 87, author: "jbber", body: "/aprove" }),
    );
    expect(github.created()[0]).toContain("did you mean `/approve`?");
    github.finish();
    // Someone else's cap is their own.
    github = new GitHubMock();
    withCase(undefined, triageIssue, five).permission("carol", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 88, author: "carol", body: "/approve" }));
    expect(github.created()).toHaveLength(1);
  });

  it("the reviewer is mentioned at most once per issue per hour for the same cause", async () => {
    const pinged = answer(66, "mallory", "2026-11-23T11:30:00Z", ',"pinged":["secret-in-comment"]');
    withCase(undefined, triageIssue, [pinged]).deletions(true).permission("eve", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 89, author: "eve", body: `codes:\n${CODES.join("\n")}` }));
    expect(github.created()[0]).toMatch(/^@eve, your comment contained recovery codes/);
    expect(github.created()[0]).not.toContain("@bob");
    github.finish();
    github = new GitHubMock();
    withCase(undefined, triageIssue, [{ ...pinged, createdAt: "2026-11-23T10:59:00Z" }])
      .deletions(true)
      .permission("eve", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 90, author: "eve", body: `codes:\n${CODES.join("\n")}` }));
    expect(github.created()[0]).toMatch(/^@bob — @eve, your comment contained recovery codes/);
  });

  it("markers in someone else's comment do not count", async () => {
    const fake = { ...refusal(66, "2026-11-23T10:00:00Z"), author: "mallory" };
    withCase(undefined, triageIssue, [fake, { ...fake, id: 67 }, { ...fake, id: 68 }]).permission("mallory", 404);
    await newProbot().receive(commentEvent(triageIssue, { id: 86, author: "mallory", body: "/approve force x" }));
    expect(github.writes).toHaveLength(1);
  });
});

describe("an error while deciding", () => {
  class BrokenVerifier extends Verifier {
    override checkEmailCode(): never {
      throw new Error("verifier exploded");
    }
    override acceptsEmailCode(): never {
      throw new Error("verifier exploded");
    }
  }

  it("never leaves a request without its card: the card says so, keeps the previous state, and the error is logged with the delivery", async () => {
    const { probot, lines } = loggingProbot("error");
    await probot.load((app) =>
      recoveryTriage(app, {
        now: () => new Date("2026-11-23T12:00:00Z"),
        verifier: new BrokenVerifier(TEST_SECRET),
        sweepIntervalMinutes: 0,
        background: false,
        retry: FAST_RETRY,
        registry: null,
      }),
    );
    const previous = verifyingState();
    withCase(previous, { ...triageIssue, labels: ["account-recovery", "recovery: verifying"] });
    const event = commentEvent(triageIssue, { id: 91, author: "jbber", body: "/code 12345678" });
    await probot.receive(event);
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/55`]);
    expect(github.card()).toContain("**Status: Something went wrong while updating this request**");
    expect(decodeState(github.card())).toEqual(previous);
    const logged = lines
      .map((l) => JSON.parse(l) as { msg: string; delivery?: string; err?: string })
      .find((l) => l.msg.startsWith("deciding this case failed"));
    expect(logged).toMatchObject({ delivery: event.id, err: { message: "verifier exploded" } });
  });
});

describe("logs", () => {
  it("no log line contains a planted secret, even at trace level where Probot logs whole payloads", async () => {
    const { probot, lines } = loggingProbot("trace");
    await probot.load((app) =>
      recoveryTriage(app, {
        now: () => new Date("2026-11-23T12:00:00Z"),
        verifier: new Verifier(TEST_SECRET),
        sweepIntervalMinutes: 0,
        background: false,
        retry: FAST_RETRY,
        registry: null,
      }),
    );

    const issue: FakeIssue = {
      number: 10,
      author: "jbber",
      body: body("form-jbber").replace("Hello,", `Hello, my token ${TOKEN}\npassword: ${PASSWORD}`),
      labels: ["account-recovery"],
    };
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]).deletions(true).permission("helper", 404);
    await probot.receive(issuesEvent("opened", issue));
    await probot.receive(commentEvent(issue, { id: 90, author: "helper", body: `codes:\n${CODES.join("\n")}` }));
    await probot.receive(commentEvent(issue, { id: 91, author: "jbber", body: "/code 12345678" }));

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain("Webhook received"); // the payloads really were logged…
    for (const secret of [TOKEN, TOKEN.slice(0, 30), PASSWORD, ...CODES, "12345678"]) expect(log).not.toContain(secret); // …without the secrets
    expect(log).toContain("[redacted]");
  });
});
