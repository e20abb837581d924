// A command is one spec: a command the desk has never seen, written here as a fixture, is parsed,
// permitted, decided (with the facts it asks the shell for) and listed in `/help` from its spec
// alone, with nothing else changed. The desk's own commands are checked against their specs too.
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../../src/domain/case/decide.js";
import { needsBranchCheck } from "../../../src/domain/case/decide.js";
import type { Command } from "../../../src/domain/case/commands/command.js";
import { COMMANDS, commandSet, DESK_COMMANDS, scanNeeds, specsIn } from "../../../src/domain/case/commands/index.js";
import { renderNotices } from "../../../src/domain/case/notices/reply-text.js";
import { EMPTY_HISTORY } from "../../../src/domain/case/notices/replies.js";
import { withStatus } from "../../../src/domain/case/transition.js";
import { config, input, NOW, state } from "../../helpers/cases.js";
import { fixture } from "../../helpers/fixtures.js";

/** The fixture: `/park <reason>` puts a case on hold, for maintainers, and still runs on a closed case. */
const park: Command = {
  name: "park",
  audiences: ["maintainer"],
  onClosedCase: "runs",
  usage: "/park <reason>",
  example: "/park waiting for the registry",
  summary: "park the case",
  needs: ["challenge-branch"],
  run({ state, args, act }) {
    if (!args) return { usage: "say why the case is parked" };
    return { state: withStatus({ ...state, holdReason: args, resumeStatus: state.status }, act, "on-hold"), notices: [] };
  },
};
const withPark = commandSet([...COMMANDS, park]);

const MAINTAINER = { maintainer: true, requester: false };
const REQUESTER = { maintainer: false, requester: true };
function run(body: string, roles = MAINTAINER, previous = state(), commands = withPark) {
  const event = { kind: "comment" as const, commentId: 7, text: body, scan: commands.read(body), roles };
  return decide(input(event, { previous, actor: roles.maintainer ? "alice" : "jbber" }), commands);
}

describe("a command written as one spec", () => {
  it("is parsed by the set that holds it, and by no other", () => {
    expect(withPark.read("/park waiting for the registry").commands).toEqual([{ name: "park", args: "waiting for the registry" }]);
    expect(DESK_COMMANDS.read("/park waiting for the registry").commands).toEqual([]);
  });

  it("is permitted to the audiences its spec names", () => {
    expect(run("/park the registry", REQUESTER).notices).toEqual([{ kind: "refused", command: "park", audiences: ["maintainer"] }]);
    expect(run("/park the registry").state).toMatchObject({ status: "on-hold", holdReason: "the registry", resumeStatus: "triage" });
  });

  it("is decided by its handler, its usage problem answered", () => {
    expect(run("/park").notices).toEqual([{ kind: "usage", command: "park", problem: "say why the case is parked" }]);
  });

  it("runs on a closed case when its spec says so, and is refused there when it does not", () => {
    const closed = state({ status: "denied" });
    expect(run("/park late", MAINTAINER, closed).state).toMatchObject({ status: "on-hold" });
    const refusing = commandSet([...COMMANDS, { ...park, onClosedCase: "refused" }]);
    expect(run("/park late", MAINTAINER, closed, refusing).notices).toEqual([{ kind: "closed-case", command: "park" }]);
  });

  it("has the shell gather the facts its spec needs", () => {
    const scan = withPark.read("/park now");
    expect(scanNeeds(scan, "challenge-branch")).toBe(false); // the desk's own set does not know it
    expect(specsIn(scan, withPark).map(({ spec }) => spec.needs)).toEqual([["challenge-branch"]]);
  });

  it("is listed in /help, with its usage, summary and example", () => {
    const help = renderNotices([{ kind: "help", audiences: ["maintainer"] }], { author: "jbber", reviewer: null }, config(), "alice", {
      key: "k",
      re: null,
      history: EMPTY_HISTORY,
      now: NOW,
      commands: withPark.list,
    })!;
    expect(help).toContain("- `/park <reason>` — park the case. Example: `/park waiting for the registry`");
  });
});

describe("the desk's own commands, by their specs", () => {
  it("run on a closed case exactly where they still mean something", () => {
    expect(COMMANDS.filter((c) => c.onClosedCase === "runs").map((c) => c.name)).toEqual([
      "status",
      "help",
      "reopen",
      "english",
      "language",
    ]);
  });

  it("ask the shell for the branch check (/done) and the evidence (/evidence), and name the factor they answer", () => {
    const needing = COMMANDS.filter((c) => c.needs).map((c) => [c.name, c.needs]);
    expect(needing).toEqual([
      ["evidence", ["evidence"]],
      ["done", ["challenge-branch"]],
    ]);
    expect(COMMANDS.filter((c) => c.answers).map((c) => [c.name, c.answers])).toEqual([
      ["code", "email"],
      ["done", "repo"],
    ]);
    const pending = state({
      status: "verifying",
      factors: {
        email: null,
        repo: {
          state: "pending",
          by: "alice",
          repo: "octo/pkg",
          branch: "recovery-x",
          startedAt: NOW.toISOString(),
          expiresAt: "2027-01-01T00:00:00Z",
        },
      },
    } as never);
    const done = { kind: "comment" as const, commentId: 8, text: "/done", scan: DESK_COMMANDS.read("/done"), roles: REQUESTER };
    expect(needsBranchCheck(pending, done, NOW)).toBe(true);
    expect(needsBranchCheck(pending, { ...done, text: "/status", scan: DESK_COMMANDS.read("/status") }, NOW)).toBe(false);
  });

  it("name the repository a challenge is for from their arguments", () => {
    const verify = DESK_COMMANDS.named("verify")!;
    expect(verify.challengedRepository!("repo Octo/Pkg")).toBe("octo/pkg");
    expect(verify.challengedRepository!("email")).toBeNull();
  });

  it("are each in the reviewers' command table", () => {
    const table = fixture("../../docs/reviewers.md");
    for (const c of COMMANDS)
      expect([c.name, table.includes(`| \`/${c.name}`) || table.includes(`, \`/${c.name}`)]).toEqual([c.name, true]);
  });
});
