// A GitHub Project (v2) kept in step with the desk, both ways: the real app against the stand-in's
// organisation project. Cases appear on the board with their status; a maintainer's move runs the
// matching command with the same checks; a move that cannot be one is put back with a note.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { GitHubContract } from "../helpers/contract.js";
import { body } from "../helpers/fixtures.js";

const OPTIONS = [
  "Triage",
  "Needs info",
  "Verifying",
  "Verified",
  "On hold",
  "Resolved",
  "Denied",
  "Duplicate",
  "Withdrawn",
  "Stale",
  "Closed",
];
const CONFIG = "reviewers: [alice]\nproject:\n  owner: registry\n  number: 7\n";
let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": CONFIG },
    roles: { alice: "maintain" },
    project: { owner: "registry", number: 7, options: OPTIONS },
  });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.settled();
});
afterEach(async () => harness?.stop());

const graphql = (since = 0) => harness.github.requests.slice(since).filter((r) => r.path === "/graphql");
const status = () => decodeState(harness.github.thread(1).comments[0]!.body)!.status;
const board = () => harness.github.project!.optionOf(1);

describe("the desk to the board", () => {
  it("adds every case with its status, follows each change, and costs nothing when nothing changed", async () => {
    expect(board()).toBe("Triage");
    const before = harness.github.requests.length;
    await harness.github.comment(1, "alice", "/hold waiting for the registry");
    await harness.github.settled();
    expect(board()).toBe("On hold");
    // One update: the item and the field are remembered.
    expect(
      graphql(before).map(
        (r) => /updateProjectV2ItemFieldValue|addProjectV2ItemById/.exec(String((r.body as { query?: string } | undefined)?.query))?.[0],
      ),
    ).toEqual(["updateProjectV2ItemFieldValue"]);
    const quiet = harness.github.requests.length;
    await harness.github.editIssueBody(1, "jbber", harness.github.thread(1).issue.body);
    await harness.github.settled();
    expect(graphql(quiet)).toEqual([]);
  });
});

describe("the board to the desk", () => {
  it("a maintainer's move runs the matching command: the case follows and the board stays", async () => {
    const before = harness.github.requests.length;
    await harness.github.moveProjectItem(1, "alice", "On hold");
    await harness.github.settled();
    // The board already shows it: following the move writes nothing back to the board.
    expect(graphql(before).filter((r) => String((r.body as { query?: string } | undefined)?.query).startsWith("mutation"))).toEqual([]);
    expect(status()).toBe("on-hold");
    expect(board()).toBe("On hold");
    expect(decodeState(harness.github.thread(1).comments[0]!.body)!.timeline.at(-1)).toMatchObject({
      by: "alice",
      why: "command /hold (as maintainer)",
    });
    await harness.github.moveProjectItem(1, "alice", "Triage");
    await harness.github.settled();
    expect(status()).toBe("triage");
  });

  it("a move the case refuses (approving what is not verified) is put back; the refusal says why", async () => {
    await harness.github.moveProjectItem(1, "alice", "Resolved");
    await harness.github.settled();
    expect(status()).toBe("triage");
    expect(board()).toBe("Triage");
    expect(harness.github.thread(1).comments.at(-1)!.body).toContain("/approve");
  });

  it("a move by someone who is not a maintainer, or to where no command leads, is put back with a note", async () => {
    await harness.github.moveProjectItem(1, "mallory", "Resolved");
    await harness.github.settled();
    expect(status()).toBe("triage");
    expect(board()).toBe("Triage");
    expect(harness.github.thread(1).comments.at(-1)!.body).toMatch(
      /^@mallory moved this request to `Resolved` on the project board; the desk put it back, because only the desk's maintainers can change a case\.\n\n<!-- recovery-triage:reply /,
    );
    await harness.github.moveProjectItem(1, "alice", "Needs info");
    await harness.github.settled();
    expect(board()).toBe("Triage");
    expect(harness.github.thread(1).comments.at(-1)!.body).toContain(
      "a question is needed: ask it with `/needs-info <question>` on the issue",
    );
  });

  it("a flood of moves by an outsider: each one put back, and notes under the same caps as refused commands", async () => {
    const before = harness.github.thread(1).comments.length;
    for (let i = 0; i < 20; i++) {
      await harness.github.moveProjectItem(1, "mallory", i % 2 ? "Resolved" : "Denied");
      await harness.github.settled();
      expect(board()).toBe("Triage");
    }
    const notes = harness.github.thread(1).comments.slice(before);
    expect(notes).toHaveLength(3);
    expect(notes.every((n) => n.body.startsWith("@mallory moved this request to"))).toBe(true);
    expect(status()).toBe("triage");
  });

  it("a case whose status has no option on the board: an outsider's move is put back to where the item was", async () => {
    await harness.stop();
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": CONFIG },
      roles: { alice: "maintain" },
      // A board without an "On hold" column: a held case stays in the column it had (Triage).
      project: { owner: "registry", number: 7, options: OPTIONS.filter((o) => o !== "On hold") },
    });
    await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await harness.github.settled();
    await harness.github.comment(1, "alice", "/hold waiting for the admins");
    await harness.github.settled();
    expect([status(), board()]).toEqual(["on-hold", "Triage"]);
    await harness.github.moveProjectItem(1, "mallory", "Resolved");
    await harness.github.settled();
    expect([status(), board()]).toEqual(["on-hold", "Triage"]);
  });

  it("every board webhook the stand-in sends matches GitHub's published payload", async () => {
    await harness.github.moveProjectItem(1, "alice", "On hold");
    await harness.github.settled();
    const contract = new GitHubContract();
    const deliveries = harness.github.webhooks.filter((w) => w.name === "projects_v2_item");
    expect(deliveries.length).toBeGreaterThan(1);
    expect(deliveries.flatMap((w) => contract.checkWebhook(w.name, w.payload as { action?: string }))).toEqual([]);
  });
});

describe("preset: pypi, on the registry's own board", () => {
  const PYPI_COLUMNS = ["Verification in Process", "Awaiting Response", "Pending admin action", "Complete"];

  beforeEach(async () => {
    await harness.stop();
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": `preset: pypi\n${CONFIG}` },
      roles: { alice: "maintain" },
      project: { owner: "registry", number: 7, options: PYPI_COLUMNS },
    });
  });

  it("labels and columns in the registry's words; a case in the queue is not on the board", async () => {
    await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await harness.github.openIssue("someone", "Account recovery request", body("username-email"), ["account-recovery"]);
    await harness.github.settled();
    expect(harness.github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
    expect(board()).toBeNull();
    expect(harness.github.thread(2).issue.labels).toEqual(["account-recovery", "awaiting response"]);
    expect(harness.github.project!.optionOf(2)).toBe("Awaiting Response");
  });

  it("statuses sharing one column: a move there keeps the case's own status, never another decision", async () => {
    await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await harness.github.settled();
    await harness.github.comment(1, "alice", "/deny the account is not theirs");
    await harness.github.settled();
    expect([status(), board()]).toEqual(["denied", "Complete"]);
    const before = harness.github.requests.length;
    // "Complete" is where `denied` is already: no /approve, and nothing written to the issue.
    await harness.github.moveProjectItem(1, "alice", "Complete");
    await harness.github.settled();
    expect([status(), board()]).toEqual(["denied", "Complete"]);
    expect(harness.github.requests.slice(before).filter((r) => r.method !== "GET" && r.path !== "/graphql")).toEqual([]);
  });
});
