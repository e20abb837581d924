// Crashes mid-burst: the real server is killed (SIGKILL) twice while requests and commands are in
// flight, and started again each time; after its start-up sweep the desk is exactly as the same
// burst leaves it without a crash — no duplicate card or reply, nothing lost. (The benchmark runs
// the 50-request version with more kill points: `npm run bench -- crash`.)
import { expect, it } from "@jest/globals";
import { crashScenario, VERIFY_EMAIL_CARD } from "../helpers/crash-scenario.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startAppInstance, STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

it("three SIGKILLs during a burst of 8 requests with commands, one between two writes of one event, change nothing in the end", async () => {
  // The two runs are independent (a stand-in and a server process each) and mostly wait on GitHub's
  // pacing, so they run side by side. One kill falls between the card write of `/verify email` and
  // its notice to the requester.
  const [calm, crashed] = await Promise.all([
    crashScenario({ requests: 8, killAfterRequests: [] }),
    crashScenario({ requests: 8, killAfterRequests: [12, 60], killAfter: VERIFY_EMAIL_CARD }),
  ]);
  expect(crashed.kills).toBe(3);
  expect(crashed.desk).toEqual(calm.desk);
  // What the equality covers, spelled out: one card per request, and the commands took effect.
  for (const issue of crashed.desk) expect(issue.comments.filter((c) => c.includes("recovery-triage:state"))).toHaveLength(1);
  // The notice the killed event promised was posted once, by the run after the restart.
  const notices = crashed.desk[0]!.comments.filter(
    (c) => c.includes("a reviewer has sent an email") && !c.includes("recovery-triage:state"),
  );
  expect(notices).toHaveLength(1);
  expect(crashed.desk.map((i) => i.labels.find((l) => l.startsWith("recovery:")))).toEqual([
    "recovery: verifying",
    "recovery: withdrawn", // held, then withdrawn
    "recovery: triage",
    "recovery: triage",
    "recovery: on-hold",
    "recovery: withdrawn",
    "recovery: triage",
    "recovery: triage",
  ]);
}, 180_000);

it("two instances that take in the same request at once (no shared order, as while Redis is away) leave one card", async () => {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "write" },
  });
  const base = await github.start();
  const apps = [await startAppInstance(github, base), await startAppInstance(github, base)];
  // GitHub sends `opened` and `labeled` for a form's issue; here each goes to another instance.
  github.deliverTo(...apps.map((a) => a.url));
  for (let n = 1; n <= 6; n++) await github.openIssue(`user${n}`, "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await github.settled();
  const cards = github.snapshot().map((i) => i.comments.filter((c) => c.includes("recovery-triage:state")).length);
  expect(cards).toEqual([1, 1, 1, 1, 1, 1]);
  await github.stop();
  await Promise.all(apps.map((a) => a.stop()));
});
