// The golden table: scenarios (what people do to a request) and the exact writes they must cost,
// played through every door — the webhooks as GitHub delivers them, the server's own sweep after
// those webhooks were lost, and `recovery-triage sweep` (a desk with no memory) after the same loss.
// Every door must make the same writes and leave the same desk. (The Actions entry point plays the
// same handlers and sweep: test/e2e/actions.test.ts compares it with the server on a lifecycle.)
import { afterEach, describe, expect, it } from "@jest/globals";
import { sweepWithNewDesk } from "../../src/desk/sweep.js";
import type { Harness } from "../../standin/harness.js";
import type { GitHubStandIn } from "../../standin/github-standin.js";
import { deskWithOneRequest } from "../helpers/one-request.js";
import { comparable } from "../helpers/crash-scenario.js";
import { Verifier } from "../../src/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const verifier = new Verifier("golden-doors-secret-0123456789abcdef");
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const CARD = "PATCH /repos/registry/support/issues/comments/N";
const ISSUE = "PATCH /repos/registry/support/issues/N";
const REPLY = "POST /repos/registry/support/issues/N/comments";
const DELETE = "DELETE /repos/registry/support/issues/comments/N";

interface Scenario {
  name: string;
  /** What people do; each action sends one webhook. */
  play: (github: GitHubStandIn) => Promise<unknown>;
  webhooks: number;
  /** The writes, in order, whatever the door. */
  writes: string[];
  /** What the desk looks like after it (a part of the snapshot), whatever the door. */
  labels: string[];
  state: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: "the reviewer holds the case",
    play: (github) => github.comment(1, "alice", "/hold waiting for the registry's admins"),
    webhooks: 1,
    writes: [CARD, ISSUE],
    labels: ["account-recovery", "recovery: on-hold"],
    state: "open/",
  },
  {
    name: "the requester withdraws",
    play: (github) => github.comment(1, "jbber", "/withdraw"),
    webhooks: 1,
    writes: [CARD, ISSUE],
    labels: ["account-recovery", "recovery: withdrawn"],
    state: "closed/not_planned",
  },
  {
    name: "a passer-by pastes an API token",
    play: (github) => github.comment(1, "mallory", `try ${TOKEN}`),
    webhooks: 1,
    writes: [DELETE, CARD, REPLY, ISSUE],
    labels: ["account-recovery", "recovery: triage", "security"],
    state: "open/",
  },
  {
    name: "the requester edits the request to name an address instead of a username",
    play: (github) => github.editIssueBody(1, "jbber", body("username-email")),
    webhooks: 1,
    writes: [CARD, ISSUE],
    labels: ["account-recovery", "recovery: needs-info"],
    state: "open/",
  },
  {
    name: "the reviewer asks a question and the requester answers it",
    play: async (github) => {
      await github.comment(1, "alice", "/needs-info which of your projects publish from GitHub?");
      await github.comment(1, "jbber", "All of them publish from github.com/jbber.");
    },
    webhooks: 2,
    writes: [CARD, REPLY, ISSUE, CARD, ISSUE],
    labels: ["account-recovery", "recovery: triage"],
    state: "open/",
  },
  {
    name: "a passer-by refused, then the reviewer's /hold, then its /unhold",
    play: async (github) => {
      await github.comment(1, "mallory", "/approve");
      await github.comment(1, "alice", "/hold a moment");
      await github.comment(1, "alice", "/unhold");
    },
    webhooks: 3,
    writes: [REPLY, CARD, ISSUE, CARD, ISSUE],
    labels: ["account-recovery", "recovery: triage"],
    state: "open/",
  },
];

type Door = "webhook" | "server sweep" | "CLI sweep";
const DOORS: Door[] = ["webhook", "server sweep", "CLI sweep"];

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

async function through(door: Door, scenario: Scenario) {
  let clock = Date.parse("2026-11-23T09:00:00Z");
  const now = () => new Date(clock);
  harness = await deskWithOneRequest({ roles: { alice: "maintain" }, verifier, now });
  const { github } = harness;
  const before = github.requests.length;
  clock += 60_000;
  if (door !== "webhook") github.loseNextWebhooks(scenario.webhooks);
  await scenario.play(github);
  await github.settled();
  clock += 60_000;
  if (door === "server sweep") await harness.sweep();
  if (door === "CLI sweep") await sweepWithNewDesk(harness.probot, { verifier, now, registry: null });
  await github.settled();
  const writes = github
    .writes(before)
    .map((w) => `${w.method} ${w.path}`.replace(/\/\d+/g, "/N"))
    .filter((w) => !w.startsWith("POST /repos/registry/support/issues/N/reactions"));
  const desk = comparable(github.snapshot());
  await harness.stop();
  harness = null;
  return { writes, desk };
}

describe("the golden table: every door makes the same writes and leaves the same desk", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    "%s",
    async (_name, scenario) => {
      const results = [];
      for (const door of DOORS) results.push({ door, ...(await through(door, scenario)) });
      for (const { door, writes, desk } of results) {
        expect({ door, writes }).toEqual({ door, writes: scenario.writes });
        expect(desk[0]).toMatchObject({ labels: scenario.labels, state: scenario.state });
      }
      // The same desk, card and replies included, from every door.
      const [first, ...rest] = results;
      for (const other of rest) expect({ door: other.door, desk: other.desk }).toEqual({ door: other.door, desk: first!.desk });
    },
    60_000,
  );
});
