// The desk as a workflow, measured (`npm run bench -- actions`): 500 open requests (taken in
// first by an in-process app, so the measurement starts from a desk in use), then, through the
// generated workflow run as a runner runs it: a scheduled sweep with no memory, one with the
// memory the first left (nothing changed since), and a new request. Rate-limit points are what
// the stand-in counts as GitHub does (a 304 costs none); requests are every request sent.
import { deskWorkflow } from "../src/actions/workflow.js";
import { GitHubStandIn } from "../standin/github-standin.js";
import { startAppInstance, STANDIN_WEBHOOK_SECRET } from "../standin/harness.js";
import { JBBER_REQUEST } from "../standin/demo-requests.js";
import { ActionsRunner } from "../test/helpers/actions-runner.js";

const SECRET = "bench-actions-secret-0123456789abc";

export async function actionsCosts(open = 500): Promise<Record<string, unknown>> {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain", bob: "write" },
    now: () => new Date(),
  });
  const base = await github.start();
  const app = await startAppInstance(github, base, {});
  github.deliverTo(app.url);
  for (let n = 1; n <= open; n++) {
    await github.openIssue(`user${n}`, "Account recovery request", JBBER_REQUEST.replace("\njbber\n", `\nuser${n}\n`), [
      "account-recovery",
    ]);
    if (n % 50 === 0) await github.settled();
  }
  await github.settled();
  await app.stop();

  const workflow = deskWorkflow({
    appSlug: "recovery-triage",
    action: "registry/recovery-triage@v1",
    branch: "main",
    sweepMinute: 17,
    pages: true,
  });
  const runner = new ActionsRunner(
    github,
    workflow,
    { RECOVERY_APP_ID: String(github.appId), RECOVERY_APP_PRIVATE_KEY: github.appPrivateKey, RECOVERY_SECRET: SECRET },
    {},
  );
  await runner.start();
  const measure = async (what: () => Promise<void>) => {
    const requests = github.requests.length;
    const points = github.rateLimitUsed;
    const started = performance.now();
    await what();
    await github.settled();
    return {
      requests: github.requests.length - requests,
      rateLimitPoints: github.rateLimitUsed - points,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  };
  const sweep = async () => runner.schedule();
  const coldSweep = await measure(sweep);
  const warmSweep = await measure(sweep);
  const newRequest = await measure(async () => {
    await github.openIssue("newcomer", "Account recovery request", JBBER_REQUEST.replace("\njbber\n", "\nnewcomer\n"), [
      "account-recovery",
    ]);
  });
  const failures = runner.runs.filter((r) => !r.skipped && r.exitCode !== 0).length;
  await runner.stop();
  await github.stop();
  return { open, coldSweep, warmSweep, newRequest, failedRuns: failures };
}
