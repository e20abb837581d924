import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { decodeState, encodeState } from "../../src/domain/case/state.js";
import { body, fixture } from "../helpers/fixtures.js";
import { state } from "../helpers/cases.js";
import { cardFor, CONFIG } from "../helpers/cards.js";
import { GitHubMock, issuesEvent, newProbot, OWNER, REPO, request, type FakeIssue } from "../helpers/github-mock.js";

const path = (n: number) => `/repos/${OWNER}/${REPO}/issues/${n}`;

let github: GitHubMock;
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => github.finish());

describe("a new request", () => {
  it("valid: one issues.update with labels and reviewer, one card — two writes", async () => {
    const issue = request();
    github
      .issue(issue)
      .config(CONFIG)
      .form(null)
      .openRequests([{ number: 3, author: "x", body: body("username-at").replace("@jbber", "other") }, issue]);
    await newProbot().receive(issuesEvent("opened", issue));

    // The card first (comment creations are the slowest-paced writes), then one update.
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${path(10)}/comments`, `PATCH ${path(10)}`]);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
    const text = github.card();
    expect(text).toContain("**Status: In the queue — waiting for a reviewer**");
    expect(text).toContain("| Reviewer | `bob` |");
    expect(text).toContain("| Queue | 1 request filed before yours is waiting for a reviewer |");
    expect(decodeState(text)).toMatchObject({ status: "triage", username: "jbber", reviewer: "bob", author: "jbber", queueAhead: 1 });
    expect([...github.reads].sort()).toEqual([
      // GitHub refuses a whole update that names an assignee it cannot assign: asked first.
      "assignable bob",
      "comments 10",
      // The new card read back: if another instance made one first (only while Redis is away), ours goes.
      "comments 10",
      "file support/.github/ISSUE_TEMPLATE/account-recovery.yml",
      "file support/.github/recovery-triage.yml",
      "issue 10",
      "open requests",
    ]);
  });

  it("its queue position counts the earlier requests still waiting for a reviewer, not those a reviewer has taken up", async () => {
    const issue = request();
    const earlier = (number: number, label: string | null) => ({
      number,
      author: `u${number}`,
      body: body("form-jbber").replace("jbber", `user${number}`),
      labels: ["account-recovery", ...(label ? [label] : [])],
    });
    github
      .issue(issue)
      .config(CONFIG)
      .form(null)
      .openRequests([
        earlier(3, "recovery: triage"),
        earlier(4, "recovery: verifying"),
        earlier(5, "recovery: on-hold"),
        earlier(6, "recovery: verified"),
        earlier(7, "recovery: needs-info"),
        // Not taken in yet (filed before the desk was installed): waiting like any other.
        earlier(8, null),
        issue,
      ]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.card()).toContain("| Queue | 3 requests filed before yours are waiting for a reviewer |");
    expect(decodeState(github.card())).toMatchObject({ queueAhead: 3 });
  });

  it("invalid: labelled needs-info, nobody assigned, the card lists the problems and mentions the author", async () => {
    const issue = request({ body: body("username-email").replace("- [x] I agree", "- [ ] I agree") });
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));

    expect(github.writes).toHaveLength(2);
    // The address leaves the public body in the same update that sets the labels.
    expect(github.update()).toEqual({
      labels: ["account-recovery", "recovery: needs-info"],
      body: issue.body.replace("jbber@example.com", "[email-address-removed]"),
    });
    const text = github.card();
    expect(text).toContain("@jbber, we can't start on your request yet:");
    expect(text).toContain("1. The “PyPI Username” field holds an email address.");
    expect(text).toContain("2. Tick the box under “Code of Conduct”");
    expect(text).toContain("We removed your email address from this request because this page is public");
    expect(text).not.toContain("jbber@example.com");
  });

  const withAddresses = () =>
    request({ body: body("form-jbber").replace("Hello,", "Hello, the mail came from noreply@pypi.org and I wrote from me@example.org.") });

  it("a registry service address stays in place", async () => {
    const issue = withAddresses();
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()?.body).toContain("noreply@pypi.org and I wrote from [email-address-removed].");
  });

  it("with privacy.redact_emails off, the body is left alone", async () => {
    const issue = withAddresses();
    github.issue(issue).config(`${CONFIG}\nprivacy:\n  redact_emails: false\n`).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).not.toHaveProperty("body");
    expect(github.card()).not.toContain("We removed your email address");
  });

  it("an issue that is not a request gets no writes and no listing", async () => {
    const issue = request({ body: body("not-a-request"), labels: ["bug"] });
    github.issue(issue).config(CONFIG).form(null);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.writes).toEqual([]);
    expect(github.reads).not.toContain("open requests");
  });

  it("a request recognised by its sections alone gets the request label", async () => {
    const issue = request({ labels: [] });
    github.issue(issue).config(CONFIG).form(null).openRequests([]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
  });

  it("keeps people's own labels and assignees", async () => {
    const issue = request({ labels: ["account-recovery", "priority"], assignees: ["helper"] });
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).toEqual({ labels: ["account-recovery", "priority", "recovery: triage"] }); // assignees already right: not sent
    expect(decodeState(github.card())!.reviewer).toBe("helper");
  });

  it("an existing issue labelled as a request by a maintainer is triaged then", async () => {
    const issue = request({ body: "I can't log in, my username is `jbber`, lost my phone", labels: ["account-recovery"] });
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("labeled", issue, "alice", { label: { name: "account-recovery" } }));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: needs-info"] });
    expect(github.card()).toContain("@jbber, we can't start on your request yet:");
  });

  it("marks a TestPyPI request", async () => {
    const issue = request({ body: body("heading-test-pypi") });
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()!.labels).toEqual(["account-recovery", "recovery: triage", "recovery: testpypi"]);
    expect(github.card()).toContain("| Account | `jbber` on TestPyPI |");
  });

  it("learns its own login from GET /app and finds its card by it", async () => {
    github = (github.finish(), new GitHubMock("desk-helper"));
    const issue = request();
    const existing = cardFor(
      state({ reviewer: "bob", queueAhead: 0, timeline: [{ at: "2026-11-23T12:00:00.000Z", by: "jbber", status: "triage" }] }),
    );
    github
      .issue({ ...issue, labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] }, [
        { id: 5, author: "desk-helper[bot]", body: existing },
      ])
      .config(CONFIG)
      .form(null);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.writes).toEqual([]);
  });
});

describe("duplicates and conflicts", () => {
  it("the same author again: labelled duplicate, linked to the original, closed as not planned", async () => {
    const issue = request();
    github
      .issue(issue)
      .config(CONFIG)
      .form(null)
      .openRequests([{ number: 4, author: "jbber", body: body("username-backticks"), assignees: ["alice"] }, issue]);
    await newProbot().receive(issuesEvent("opened", issue));

    expect(github.writes).toHaveLength(2);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: duplicate"], state: "closed", state_reason: "not_planned" });
    expect(github.card()).toContain("You already have an open request for this account: #4.");
  });

  it("a different author: both labelled conflict, both cards say so, both with the same reviewer, neither closed", async () => {
    const issue = request({ author: "mallory" });
    const originalState = state({ reviewer: "alice", queueAhead: 0 });
    const original: FakeIssue = {
      number: 4,
      author: "jbber",
      body: body("form-jbber"),
      labels: ["account-recovery", "recovery: triage"],
      assignees: ["alice"],
    };
    github
      .issue(issue)
      .issue(original, [{ id: 44, author: "recovery-triage[bot]", body: cardFor(originalState) }])
      .config(CONFIG)
      .form(null)
      .openRequests([original, issue]);
    await newProbot().receive(issuesEvent("opened", issue));

    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${path(10)}/comments`,
      `PATCH ${path(10)}`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/44`,
      `PATCH ${path(4)}`,
    ]);
    expect(github.update(10)).toEqual({ labels: ["account-recovery", "recovery: triage", "recovery: conflict"], assignees: ["alice"] });
    expect(github.update(4)).toEqual({ labels: ["account-recovery", "recovery: triage", "recovery: conflict"] });
    expect(String(github.writes[0]!.body.body)).toContain("another open request (#4) asks to recover the same account");
    expect(String(github.writes[2]!.body.body)).toContain("another open request (#10) asks to recover the same account");
    expect(github.writes.some((w) => w.body.state === "closed")).toBe(false);
  });
});

describe("edits", () => {
  const needsInfo = state({
    status: "needs-info",
    reviewer: null,
    username: null,
    problems: [{ code: "username-email" }],
    queueAhead: 0,
    timeline: [{ at: "2026-11-23T11:00:00.000Z", by: "jbber", status: "needs-info" }],
  });

  it("a fixed needs-info request moves to triage and is assigned, on the same card — two writes", async () => {
    const issue = request({ labels: ["account-recovery", "recovery: needs-info"] });
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(needsInfo) }])
      .config(CONFIG)
      .form(null)
      .openRequests([issue]);
    await newProbot().receive(issuesEvent("edited", issue, "jbber", { changes: { body: { from: "x" } } }));

    expect(github.writes).toHaveLength(2);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
    expect(github.writes[0]!.path).toBe(`/repos/${OWNER}/${REPO}/issues/comments/55`);
    expect(github.card()).toContain("**Status: In the queue — waiting for a reviewer**");
  });

  it("an edit that changes nothing relevant makes no writes", async () => {
    const triage = state({ queueAhead: 0 });
    const issue = request({
      labels: ["account-recovery", "recovery: triage"],
      assignees: ["bob"],
      body: `${body("form-jbber")}\n\nPS: thanks!`,
    });
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(triage) }])
      .config(CONFIG)
      .form(null);
    await newProbot().receive(issuesEvent("edited", issue, "jbber", { changes: { body: { from: "x" } } }));
    expect(github.writes).toEqual([]);
    expect(github.reads).toHaveLength(4); // issue, comments, config, form: no listing needed
  });

  it("a title-only edit reads nothing and writes nothing", async () => {
    const issue = request();
    await newProbot().receive(issuesEvent("edited", issue, "jbber", { changes: { title: { from: "x" } } }));
    expect(github.writes).toEqual([]);
    expect(github.reads).toEqual([]);
  });

  it("a username changed in triage is noted on the card", async () => {
    const issue = request({
      labels: ["account-recovery", "recovery: triage"],
      assignees: ["bob"],
      body: body("form-jbber").replace("\njbber\n", "\njbber2\n"),
    });
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state({ queueAhead: 0 })) }])
      .config(CONFIG)
      .form(null)
      .openRequests([issue]);
    await newProbot().receive(issuesEvent("edited", issue, "jbber", { changes: { body: { from: "x" } } }));
    expect(github.writes).toHaveLength(1);
    expect(String(github.writes[0]!.body.body)).toContain("the username was changed from `jbber` to `jbber2` on 2026-11-23 12:00 UTC");
  });
});

describe("closing and reopening by people", () => {
  const triaged = () => request({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"], state: "closed" });

  it("closed by its author: labelled withdrawn", async () => {
    const issue = triaged();
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state()) }])
      .config(CONFIG)
      .form(null);
    await newProbot().receive(issuesEvent("closed", issue, "jbber"));
    expect(github.writes).toHaveLength(2);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: withdrawn"] });
    expect(github.card()).toContain("**Status: Withdrawn**");
  });

  it("closed by someone else: the card records who, labels stay", async () => {
    const issue = triaged();
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state()) }])
      .config(CONFIG)
      .form(null);
    await newProbot().receive(issuesEvent("closed", issue, "alice"));
    expect(github.writes).toHaveLength(1);
    expect(String(github.writes[0]!.body.body)).toContain("**Status: Closed by `alice`**");
    expect(decodeState(String(github.writes[0]!.body.body))).toMatchObject({ status: "closed", closedBy: "alice" });
  });

  it("reopened: validated again and back to triage", async () => {
    const issue = request({ labels: ["account-recovery", "recovery: withdrawn"], assignees: ["bob"] });
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state({ status: "withdrawn" })) }])
      .config(CONFIG)
      .form(null)
      .openRequests([issue]);
    await newProbot().receive(issuesEvent("reopened", issue, "jbber"));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"] });
    expect(github.card()).toContain("**Status: In the queue");
  });
});

describe("trust and loops", () => {
  it("ignores a forged card in someone else's comment and writes its own", async () => {
    const issue = request();
    const forged = `looks official\n${encodeState(state({ status: "withdrawn" }))}`;
    github
      .issue(issue, [{ id: 9, author: "jbber", body: forged }])
      .config(CONFIG)
      .form(null)
      .openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.writes.map((w) => w.method)).toEqual(["POST", "PATCH"]);
    expect(decodeState(github.card())!.status).toBe("triage");
  });

  it("ignores events caused by its own writes", async () => {
    const issue = request();
    await newProbot().receive(issuesEvent("labeled", issue, "recovery-triage[bot]", { label: { name: "recovery: triage" } }));
    await newProbot().receive(issuesEvent("closed", issue, "recovery-triage[bot]"));
    expect(github.writes).toEqual([]);
    expect(github.reads).toEqual([]);
  });
});

describe("configuration", () => {
  it("falls back to the organisation's .github repository", async () => {
    const issue = request();
    github.issue(issue).config(null, "reviewers: [dana]\n").form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["dana"] });
  });

  it("a broken key falls back to its default, and the requester's card says nothing of it", async () => {
    const issue = request();
    github.issue(issue).config("reviewers: [alice]\nassignment: fastest\n").form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()!.assignees).toEqual(["alice"]);
    expect(github.card()).not.toMatch(/assignment|recovery-triage\.yml|Maintainers/);
  });

  it("an unreadable file never stops the desk", async () => {
    const issue = request();
    github.issue(issue).config("reviewers: [alice\n").form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"] });
    expect(github.card()).not.toContain("could not be read");
  });

  it("uses renamed labels", async () => {
    const issue = request({ labels: ["recovery"] });
    github
      .issue(issue)
      .config(`${CONFIG}labels: { request: recovery, triage: "to review" }\n`)
      .form(null)
      .openRequests([issue], "recovery");
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()!.labels).toEqual(["recovery", "to review"]);
  });

  it("reads the headings from the repository's own form", async () => {
    const form = fixture("registry-form.yml").replace("label: PyPI Username", "label: Account name");
    const issue = request({ body: body("form-jbber").replace("### PyPI Username", "### Account name") });
    github.issue(issue).config(CONFIG).form(form).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(decodeState(github.card())).toMatchObject({ status: "triage", username: "jbber" });
  });
});
