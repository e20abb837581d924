// The dry run is a promise: what it reports is what installing the desk then does. The same
// backlog, in two identical repositories: `recovery-triage dry-run` on one, the live desk's
// `recovery-triage sweep` on the other, both run as an admin runs them. Each request's status,
// labels, reviewer, duplicate and conflicts, what the cards say about conflicts, and the counts agree.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { decodeState } from "../../src/domain/case/state.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { RegistryStandIn } from "../../standin/registry-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
const named = (name: string) => body("form-jbber").replace(/^jbber$/m, name);
let dir: string;
let trustedRoot: string;
const worlds: GitHubStandIn[] = [];
const registry = new RegistryStandIn();

/** One backlog of every kind: valid, duplicate, conflicting, invalid, the 2020 template unlabelled, another form. */
async function backlog(github: GitHubStandIn): Promise<void> {
  const request = ["account-recovery"];
  await github.openIssue("user1", "Account recovery request", named("acct1"), request);
  await github.openIssue("user2", "Account recovery request", named("acct2"), request);
  await github.openIssue("user1", "Account recovery request", named("acct1"), request); // a duplicate of #1
  await github.openIssue("other4", "Account recovery request", named("acct1"), request); // a conflict with #1
  await github.openIssue("other5", "Account recovery request", named("acct1"), request); // and another
  await github.openIssue("user6", "Account recovery request", body("username-email"), request);
  await github.openIssue("user7", "Lost my 2FA", body("template-2020").replace(/^jbber$/m, "acct7"), []); // 2020, unlabelled
  await github.openIssue("user8", "Docs typo", body("not-a-request"), []);
  await github.openIssue("user9", "Account recovery request", named("acct2"), request); // a conflict with #2
  await github.openIssue("user10", "Account recovery request", named("acct10"), request);
}

beforeAll(async () => {
  // The evidence is read from a registry on loopback by both: the dry run reads what the desk would read.
  for (const n of [1, 2, 6, 7, 10]) registry.addAccount(`acct${n}`, []);
  const url = await registry.start();
  trustedRoot = registry.writeTrustedRoot();
  for (let i = 0; i < 2; i++) {
    const github = new GitHubStandIn({
      webhookSecret: STANDIN_WEBHOOK_SECRET,
      files: { ".github/recovery-triage.yml": `reviewers: [alice, bob]\nregistry:\n  url: ${url}\n  test_url: ${url}/test\n` },
      roles: { alice: "maintain", bob: "write" },
    });
    await github.start();
    await backlog(github);
    worlds.push(github);
  }
  dir = mkdtempSync(join(tmpdir(), "dry-vs-live-"));
}, 60_000);

afterAll(async () => {
  for (const github of worlds) await github.stop();
  await registry.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (github: GitHubStandIn, ...args: string[]) =>
  exec(process.execPath, [resolve("lib/cli/main.js"), ...args], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
      APP_ID: String(github.appId),
      PRIVATE_KEY: github.appPrivateKey,
      RECOVERY_SECRET: "a-secret-of-at-least-sixteen-characters",
      SIGSTORE_TRUSTED_ROOT: trustedRoot,
    },
    maxBuffer: 64 * 1024 * 1024,
  });

/** What a card says about other requests for the same account (the note for the reviewer). */
const conflictWords = (card: string) => card.split("\n").filter((line) => line.startsWith("> **Note for the reviewer:**"));

/** A card's words without the moments it was written at (the two runs are seconds apart). */
const words = (card: string) =>
  card
    .replace(/^recovery-triage\[bot\]: /, "")
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "<time>")
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, "<time>");

describe("the dry run and the live desk, on the same backlog", () => {
  it("agree on every request's status, labels, reviewer, duplicate and conflicts, the conflict words, and the counts", async () => {
    const [dry, live] = worlds as [GitHubStandIn, GitHubStandIn];
    const report = JSON.parse((await cli(dry, "dry-run", `${dry.owner}/${dry.repo}`, "--json", "--cards", join(dir, "cards"))).stdout) as {
      cases: {
        number: number;
        status: string | null;
        labelsAdded: string[];
        reviewer: string | null;
        duplicateOf: number | null;
        conflictsWith: number[];
        card: string | null;
      }[];
      totals: { writes: number; comments: number; byStatus: Record<string, number> };
    };
    expect(dry.writes()).toEqual([]);
    await cli(live, "sweep");
    const liveCases = live.snapshot().filter((issue) => issue.comments.some((c) => decodeState(c) !== null));
    const liveView = liveCases.map((issue) => {
      const state = decodeState(issue.comments.find((c) => decodeState(c) !== null)!)!;
      return {
        number: issue.number,
        status: state.status,
        reviewer: state.reviewer,
        duplicateOf: state.duplicateOf,
        conflictsWith: state.conflictsWith,
        labels: issue.labels,
        card: words(issue.comments.find((c) => decodeState(c) !== null)!),
      };
    });
    const dryView = report.cases
      .filter((c) => c.status !== null)
      .map((c) => ({
        number: c.number,
        status: c.status,
        reviewer: c.reviewer,
        duplicateOf: c.duplicateOf,
        conflictsWith: c.conflictsWith,
        labels: [...new Set([...dry.thread(c.number).issue.labels, ...c.labelsAdded])],
        card: words(readFileSync(join(dir, "cards", `${c.number}.md`), "utf8")),
      }));
    // Open requests agree in full; a closed duplicate's later annotations depend on the live desk's write pacing (left out).
    const open = (v: { status: string | null; card: string; labels: string[] }[]) =>
      v.filter((c) => c.status !== "duplicate").map((c) => ({ ...c, card: conflictWords(c.card), labels: [...c.labels].sort() }));
    expect(open(dryView)).toEqual(open(liveView));
    expect(dryView.map((c) => [c.number, c.status, c.duplicateOf])).toEqual(liveView.map((c) => [c.number, c.status, c.duplicateOf]));
    // Both take in the 2020 template's request filed without the label (its fields make it one), and leave the other
    // form's issue alone.
    expect(liveView.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10]);
    expect(live.thread(7).issue.labels).toContain("account-recovery");
    expect(live.thread(8).comments).toEqual([]);
    expect(report.totals.byStatus).toEqual(
      liveView.reduce<Record<string, number>>((counts, c) => ({ ...counts, [c.status]: (counts[c.status] ?? 0) + 1 }), {}),
    );
  }, 180_000);
});
