// The golden table: scenarios (what people do to a request) and the exact writes they must cost,
// played through every door — the webhooks as GitHub delivers them, the server's own sweep after
// those webhooks were lost, `recovery-triage sweep` (a desk with no memory) after the same loss, and
// the Actions entry point run as a runner runs the generated workflow (one process per event, and
// its scheduled run after GitHub failed to start the event's runs). Every door must make the same
// writes and leave the same desk.
import { afterEach, describe, expect, it } from "@jest/globals";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { startHarness, STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startActionsRunner } from "../helpers/actions-runner.js";
import { comparable } from "../helpers/crash-scenario.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const SECRET = "golden-doors-secret-0123456789abcdef";
const verifier = new Verifier(SECRET);
// The Actions process would otherwise read the registry for evidence: tests never touch the internet.
const FILES = { ".github/recovery-triage.yml": "reviewers: [alice]\nregistry:\n  evidence: false\n" };
const ROLES = { alice: "maintain" };
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

type Door = "webhook" | "server sweep" | "CLI sweep" | "Actions run" | "Actions schedule";
const DOORS: Door[] = ["webhook", "server sweep", "CLI sweep", "Actions run", "Actions schedule"];

/** What is still running (a failed door leaves its GitHub to the end of the test). */
const running = new Set<() => Promise<void>>();
afterEach(async () => {
  for (const stop of running) await stop();
  running.clear();
});
function whileRunning(stop: () => Promise<void>): () => Promise<void> {
  const once = async () => {
    running.delete(once);
    await stop();
  };
  running.add(once);
  return once;
}

/** jbber's request (#1) on the desk, then the scenario through the door. */
async function through(door: Door, scenario: Scenario) {
  const { github, before, stop } = door.startsWith("Actions") ? await actionsDoor(door, scenario) : await serverDoor(door, scenario);
  const writes = github
    .writes(before)
    .map((w) => `${w.method} ${w.path}`.replace(/\/\d+/g, "/N"))
    .filter((w) => !w.startsWith("POST /repos/registry/support/issues/N/reactions"));
  const desk = comparable(github.snapshot());
  await stop();
  return { writes, desk };
}

/** The stand-in after the scenario, where the scenario's requests start in its log, and how to stop the door. */
interface Played {
  github: GitHubStandIn;
  before: number;
  stop: () => Promise<void>;
}

async function serverDoor(door: Door, scenario: Scenario): Promise<Played> {
  let clock = Date.parse("2026-11-23T09:00:00Z");
  const now = () => new Date(clock);
  // GitHub's installation ids are unique: doors side by side in this process must not share one
  // (@octokit/auth-app shares a token request in flight between apps asking for the same id).
  const installationId = DOORS.indexOf(door) + 1;
  const harness = await startHarness({ files: FILES, roles: ROLES, verifier, now, installationId });
  const stop = whileRunning(() => harness.stop());
  const { github } = harness;
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await github.settled();
  const before = github.requests.length;
  clock += 60_000;
  if (door !== "webhook") github.loseNextWebhooks(scenario.webhooks);
  await scenario.play(github);
  await github.settled();
  clock += 60_000;
  if (door === "server sweep") await harness.sweep();
  if (door === "CLI sweep") await sweepWithNewDesk(harness.probot, { verifier, now, registry: null });
  await github.settled();
  return { github, before, stop };
}

async function actionsDoor(door: Door, scenario: Scenario): Promise<Played> {
  // One process per run keeps real time; GitHub's stamps must agree with it.
  const github = new GitHubStandIn({ webhookSecret: STANDIN_WEBHOOK_SECRET, files: FILES, roles: ROLES, now: () => new Date() });
  await github.start();
  const runner = await startActionsRunner(github, SECRET);
  const stop = whileRunning(async () => {
    await runner.stop();
    await github.stop();
  });
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await github.settled();
  const before = github.requests.length;
  // GitHub delivered the events, but no run started for them: the hourly schedule catches up.
  if (door === "Actions schedule") runner.loseNext(scenario.webhooks);
  await scenario.play(github);
  await github.settled();
  if (door === "Actions schedule") runner.schedule();
  await github.settled();
  expect(runner.runs.filter((r) => !r.skipped).map((r) => r.exitCode)).not.toContain(1);
  return { github, before, stop };
}

describe("the golden table: every door makes the same writes and leaves the same desk", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    "%s",
    async (_name, scenario) => {
      // Each door has its own GitHub: they run side by side.
      const results = await Promise.all(DOORS.map(async (door) => ({ door, ...(await through(door, scenario)) })));
      for (const { door, writes, desk } of results) {
        expect({ door, writes }).toEqual({ door, writes: scenario.writes });
        expect(desk[0]).toMatchObject({ labels: scenario.labels, state: scenario.state });
      }
      // The same desk, card and replies included, from every door.
      const [first, ...rest] = results;
      for (const other of rest) expect({ door: other.door, desk: other.desk }).toEqual({ door: other.door, desk: first!.desk });
    },
    120_000,
  );
});
