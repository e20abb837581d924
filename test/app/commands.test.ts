import { JBBER_REF } from "../helpers/cases.js";
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { decodeState, encodeState, type CaseState } from "../../src/domain/case/state.js";
import { isProcessed } from "../../src/domain/case/processed.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { state, verifyingState } from "../helpers/cases.js";
import { visibleText } from "../helpers/text.js";
import { cardFor, CONFIG } from "../helpers/cards.js";
import {
  commentEvent,
  GitHubMock,
  newProbot,
  OWNER,
  REPO,
  request,
  TEST_SECRET,
  triageIssue,
  type FakeIssue,
} from "../helpers/github-mock.js";

const NOW = new Date("2026-11-23T12:00:00Z");
const issuePath = `/repos/${OWNER}/${REPO}/issues/10`;
const cardPath = `/repos/${OWNER}/${REPO}/issues/comments/55`;
const triage = state({ queueAhead: 0 });

let github: GitHubMock;
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => github.finish());

function withCase(s: CaseState, issue: FakeIssue = triageIssue, extra: { id: number; author: string; body: string }[] = []) {
  github
    .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(s) }, ...extra])
    .config(CONFIG)
    .form(null);
  return github;
}

const say = (author: string, text: string, id = 77) => commentEvent(triageIssue, { id, author, body: text });

const issueUpdate = (writes: typeof github.writes) => writes.find((w) => w.method === "PATCH" && w.path === issuePath)?.body;

describe("the permission matrix", () => {
  const COMMANDS: [string, (w: typeof github.writes) => void][] = [
    ["/assign", (w) => expect(issueUpdate(w)).toEqual({ assignees: ["bob", "maint"] })],
    ["/unassign @bob", (w) => expect(issueUpdate(w)).toEqual({ assignees: [] })],
    ["/needs-info Which projects?", (w) => expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: needs-info"] })],
    ["/verify email", (w) => expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: verifying"] })],
    ["/verify repo octo/pkg", (w) => expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: verifying"] })],
    ["/verified signed email", (w) => expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: verified"] })],
    [
      "/approve force known person",
      (w) =>
        expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: resolved"], state: "closed", state_reason: "completed" }),
    ],
    [
      "/deny no proof",
      (w) =>
        expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: denied"], state: "closed", state_reason: "not_planned" }),
    ],
    [
      "/duplicate #4",
      (w) =>
        expect(issueUpdate(w)).toEqual({
          labels: ["account-recovery", "recovery: duplicate"],
          state: "closed",
          state_reason: "not_planned",
        }),
    ],
    ["/hold", (w) => expect(issueUpdate(w)).toEqual({ labels: ["account-recovery", "recovery: on-hold"] })],
    [
      "/unhold",
      // Changes nothing: recorded on the card (no door runs it again) and acknowledged with a 👍.
      (w) => {
        expect(w.map((x) => `${x.method} ${x.path}`)).toEqual([`PATCH ${cardPath}`, `POST ${cardPath.replace("/55", "/77")}/reactions`]);
        expect(isProcessed(decodeState(String(w[0]!.body.body))!.processed, 77)).toBe(true);
      },
    ],
    [
      "/status",
      // Changes nothing: recorded on the card (no door runs it again) and acknowledged with a 👍.
      (w) => {
        expect(w.map((x) => `${x.method} ${x.path}`)).toEqual([`PATCH ${cardPath}`, `POST ${cardPath.replace("/55", "/77")}/reactions`]);
        expect(isProcessed(decodeState(String(w[0]!.body.body))!.processed, 77)).toBe(true);
      },
    ],
    ["/help", (w) => expect(String(w[0]!.body.body)).toContain("Commands you (`maint`) can use on this request:")],
  ];
  // An organisation's custom roles report their own name as role_name and their base as permission.
  const ROLES: [string | 404 | 500, boolean, ("admin" | "write" | "read")?][] = [
    ["admin", true],
    ["maintain", true],
    ["write", true],
    ["triage", false],
    ["read", false],
    ["security-desk (custom, based on write)", true, "write"],
    ["release-captain (custom, based on maintain)", true, "write"],
    ["helper (custom, based on triage)", false, "read"],
    ["auditor (custom, based on read)", false, "read"],
    [404, false],
    [500, false],
  ];

  const run = async (role: string | 404 | 500, allowed: boolean, base: "admin" | "write" | "read" | undefined, command: string) => {
    withCase(triage).permission("maint", typeof role === "string" ? role.split(" ")[0]! : role, base);
    await newProbot().receive(say("maint", command));
    if (allowed) {
      COMMANDS.find(([c]) => c === command)![1](github.writes);
      expect(github.writes.every((w) => !String(w.body.body ?? "").includes("can only be run by"))).toBe(true);
    } else {
      expect(github.writes).toHaveLength(1);
      expect(github.writes[0]!.method).toBe("POST");
      expect(String(github.writes[0]!.body.body)).toMatch(/^`\/[a-z-]+` can only be run by the desk's maintainers/);
    }
  };
  // Only the maintainer check varies with the role (its table is in test/github/permissions.test.ts): every
  // command runs for a maintainer and is refused for a reader; every role is tried, over HTTP, on one command.
  for (const [command] of COMMANDS) {
    it(`${command} by a maintainer runs`, () => run("write", true, undefined, command));
    it(`${command} by a reader is refused with one reply`, () => run("read", false, undefined, command));
  }
  for (const [role, allowed, base] of ROLES) {
    it(`/hold by a user with role ${role}: ${allowed ? "runs" : "refused with one reply"}`, () => run(role, allowed, base, "/hold"));
  }

  it("a member of a listed team is a maintainer; the check names the exact login", async () => {
    github
      .issue(triageIssue, [
        { id: 55, author: "recovery-triage[bot]", body: cardFor(triage, `${CONFIG}maintainer_teams: [registry/admins]\n`) },
      ])
      .config(`${CONFIG}maintainer_teams: [registry/admins]\n`)
      .form(null)
      .permission("peter-evans", "read")
      .teamMember("registry", "admins", "peter-evans", true);
    await newProbot().receive(say("peter-evans", "/hold"));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: on-hold"] });
  });

  it.each([
    ["not a member (404)", 404],
    ["the membership check fails (500)", 500],
    ["a pending invitation", "pending"],
  ] as const)("a listed team does not make someone a maintainer when %s", async (_what, answer) => {
    github
      .issue(triageIssue, [
        { id: 55, author: "recovery-triage[bot]", body: cardFor(triage, `${CONFIG}maintainer_teams: [registry/admins]\n`) },
      ])
      .config(`${CONFIG}maintainer_teams: [registry/admins]\n`)
      .form(null)
      .permission("peter-evans", "read");
    nock("https://api.github.com")
      .get("/orgs/registry/teams/admins/memberships/peter-evans")
      .reply(typeof answer === "number" ? answer : 200, typeof answer === "number" ? { message: "x" } : { state: answer, role: "member" });
    await newProbot().receive(say("peter-evans", "/hold"));
    expect(github.update()).toBeUndefined();
    expect(String(github.writes[0]!.body.body)).toContain("can only be run by the desk's maintainers");
  });

  it("a permission answer about a different login than asked is not trusted", async () => {
    withCase(triage);
    nock("https://api.github.com")
      .get(`/repos/${OWNER}/${REPO}/collaborators/eter-evans/permission`)
      .reply(200, { role_name: "admin", user: { login: "peter-evans" } });
    await newProbot().receive(say("eter-evans", "/hold"));
    expect(String(github.writes[0]!.body.body)).toContain("can only be run by the desk's maintainers");
  });
});

describe("requester commands", () => {
  it("/withdraw by the author closes the request as withdrawn (no permission check)", async () => {
    withCase(triage);
    await newProbot().receive(say("jbber", "/withdraw"));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: withdrawn"], state: "closed", state_reason: "not_planned" });
    expect(github.reads).not.toContainEqual(expect.stringMatching(/^permission/));
  });

  it("/code from someone who is not the author is refused", async () => {
    withCase(triage).permission("mallory", 404);
    await newProbot().receive(say("mallory", "/code 12345678"));
    expect(github.writes).toHaveLength(1);
    expect(String(github.writes[0]!.body.body)).toContain("can only be run by the person who opened this request");
  });

  const verifying = verifyingState();
  const verifyingIssue = { ...triageIssue, labels: ["account-recovery", "recovery: verifying"] };

  it("a right /code: the comment is deleted first, then the card, one comment calling the reviewer, and the labels", async () => {
    const code = new Verifier(TEST_SECRET).reviewerMint(verifying.factors.email!.by, 1).issueEmailCode(JBBER_REF, NOW, 24).code;
    // The starter's role is asked as the code is used (authority checked when it is used).
    withCase(verifying, verifyingIssue).deletions(true).permission("alice", "write");
    await newProbot().receive(commentEvent(verifyingIssue, { id: 77, author: "jbber", body: `/code ${code}` }));
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `DELETE /repos/${OWNER}/${REPO}/issues/comments/77`,
      `PATCH ${cardPath}`,
      `POST ${issuePath}/comments`,
      `PATCH ${issuePath}`,
    ]);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: verified"] });
    expect(github.created()[0]).toMatch(/^@bob — every required verification step is confirmed/);
    for (const w of github.writes) expect(JSON.stringify(w.body)).not.toContain(code);
  });

  it("when deletion is refused, the code comment is minimized instead", async () => {
    const code = new Verifier(TEST_SECRET).issueEmailCode(JBBER_REF, NOW, 24).code;
    withCase(verifying, verifyingIssue).deletions(false);
    // Hidden is not removed: the event fails (its log, the Actions step, the sweep's retry), after the rest is applied.
    await expect(newProbot().receive(commentEvent(verifyingIssue, { id: 77, author: "jbber", body: `/code ${code}` }))).rejects.toThrow(
      "could not delete comment(s) 77 holding a secret",
    );
    expect(github.writes[1]).toMatchObject({ method: "POST", path: "/graphql", body: { variables: { id: "IC_77" } } });
  });

  it("a wrong /code: one reply, the card keeps its state, nothing deleted", async () => {
    withCase(verifying, verifyingIssue).permission("alice", "write");
    await newProbot().receive(commentEvent(verifyingIssue, { id: 77, author: "jbber", body: "/code 00000000" }));
    expect(github.writes.map((w) => w.method)).toEqual(["PATCH", "POST"]);
    expect(decodeState(String(github.writes[0]!.body.body))!.factors.email!.failures).toBe(1);
    expect(String(github.writes[1]!.body.body)).toMatch(
      /^That code is not right\. Please check the most recent email and try again \(4 attempts left\)\.\n\n<!-- recovery-triage:reply \{"to":"jbber","kinds":\["answer","code"\],"key":"[0-9a-f-]{36}","re":77\} -->$/,
    );
  });

  it("/done checks the challenge branch on the repository", async () => {
    const challenged = state({
      status: "verifying",
      queueAhead: 0,
      binding: { username: "jbber", testInstance: false, author: "jbber" },
      factors: {
        repo: {
          state: "pending",
          startedAt: NOW.toISOString(),
          by: "alice",
          repo: "octo/pkg",
          branch: "recovery-11112222",
          expiresAt: "2026-12-07T12:00:00.000Z",
          doneAt: null,
        },
      },
      waitingSince: NOW.toISOString(),
    });
    withCase(challenged, verifyingIssue).branch("octo/pkg", "recovery-11112222", 404).permission("alice", "write");
    await newProbot().receive(commentEvent(verifyingIssue, { id: 77, author: "jbber", body: "/done" }));
    expect(github.reads).toContain("branch octo/pkg recovery-11112222");
    expect(github.writes).toHaveLength(1);
    expect(String(github.writes[0]!.body.body)).toContain("The branch `recovery-11112222` was not found in `octo/pkg` yet.");
  });
});

describe("authority checked when it is used", () => {
  const verifying = verifyingState();
  const verifyingIssue = { ...triageIssue, labels: ["account-recovery", "recovery: verifying"] };

  it.each([["read"], [404]] as const)(
    "the starter of the email check lost write access (%s): the right code is not accepted, the check is voided",
    async (role) => {
      const code = new Verifier(TEST_SECRET).reviewerMint("alice", 1).issueEmailCode(JBBER_REF, NOW, 24).code;
      withCase(verifying, verifyingIssue).deletions(true).permission("alice", role);
      await newProbot().receive(commentEvent(verifyingIssue, { id: 77, author: "jbber", body: `/code ${code}` }));
      // The code still leaves the thread; nothing is verified; the case waits for a reviewer again.
      expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
        `DELETE /repos/${OWNER}/${REPO}/issues/comments/77`,
        `PATCH ${cardPath}`,
        `POST ${issuePath}/comments`,
        `PATCH ${issuePath}`,
      ]);
      const card = decodeState(String(github.writes[1]!.body.body))!;
      expect(card.status).toBe("triage");
      expect(card.factors.email).toBeUndefined();
      expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"] });
      expect(github.created()[0]).toContain("`alice` started the email check but can no longer act on this repository");
    },
  );
});

describe("what never runs a command", () => {
  it("a bot's comment: no reads, no writes", async () => {
    await newProbot().receive(commentEvent(triageIssue, { id: 77, author: "helper[bot]", body: "/approve force x" }, "Bot"));
    await newProbot().receive(commentEvent(triageIssue, { id: 78, author: "recovery-triage[bot]", body: "/status" }, "Bot"));
    expect(github.writes).toEqual([]);
    expect(github.reads).toEqual([]);
  });

  it("a passer-by's plain comment: no reads, no writes", async () => {
    await newProbot().receive(say("someone", "It took a few weeks for mine, hang in there"));
    expect(github.reads).toEqual([]);
    expect(github.writes).toEqual([]);
  });

  it("an edited comment (the app does not subscribe to edits)", async () => {
    const event = say("alice", "/approve force x");
    (event.payload as { action: string }).action = "edited";
    await newProbot().receive(event);
    expect(github.writes).toEqual([]);
  });

  it("a forged card in a user's comment does not change the case", async () => {
    const forged = `${encodeState(state({ status: "verified", queueAhead: 0 }))}`;
    // The requester's comment was processed when it was posted (it changed nothing).
    const seen = { ...triage, processed: { through: 60, also: [] } };
    withCase(seen, triageIssue, [{ id: 60, author: "jbber", body: forged }]).permission("alice", "write");
    await newProbot().receive(say("alice", "/approve"));
    expect(github.writes).toHaveLength(1);
    expect(String(github.writes[0]!.body.body)).toContain("This request is not verified yet, so it was not approved.");
  });

  it("near misses get a hint only for people who can run commands", async () => {
    withCase(triage).permission("alice", "write").permission("someone", 404);
    await newProbot().receive(say("alice", "/aprove"));
    expect(github.writes.map((w) => visibleText(w.body.body))).toEqual(["There is no `/aprove` command — did you mean `/approve`?"]);
    await newProbot().receive(say("someone", "/aprove"));
    expect(github.writes).toHaveLength(1);
  });
});

describe("a requester's reply on a case the desk closed", () => {
  const closedAt = "2026-11-10T12:00:00.000Z";
  const staleCase = state({
    status: "stale",
    problems: [{ code: "reason-missing" }],
    resumeStatus: "needs-info",
    timeline: [{ at: closedAt, by: "recovery-triage", status: "stale" }],
  });
  const staleIssue = request({ state: "closed", labels: ["account-recovery", "recovery: stale"] });

  it("opens the issue again in one update, back to needs-info, and tells the reviewer", async () => {
    withCase(staleCase, staleIssue);
    await newProbot().receive(commentEvent(staleIssue, { id: 77, author: "jbber", body: "Sorry, I was away. Here is the answer." }));
    // Its reviewer is assigned again, in the same update.
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: needs-info"], assignees: ["bob"], state: "open" });
    expect(decodeState(github.card())).toMatchObject({ status: "needs-info", resumeStatus: null });
    const replies = github.created().filter((c) => !c.includes("<!-- recovery-triage:state"));
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0]!)).toMatch(/^@bob — the requester replied, so this request is open again\./);
  });

  it("a passer-by's comment on it changes nothing", async () => {
    withCase(staleCase, staleIssue);
    await newProbot().receive(commentEvent(staleIssue, { id: 77, author: "mallory", body: "+1 same problem" }));
    expect(github.writes).toEqual([]);
  });
});
