// The door admins use: `npm start` (node lib/cli/main.js start) in a folder whose .env is a copy of
// .env.example with only the app's identity and the GitHub host filled in. Every other variable is
// left as the example ships it, empty ones included: an empty variable must mean "unset". The server
// it starts must serve what the docs promise: webhooks, the reviewers' page, /metrics, /health.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { ended, freePort, waitFor } from "../../standin/app-process.js";
import { body } from "../helpers/fixtures.js";

const SECRET = "npm-start-secret";
const dir = mkdtempSync(join(tmpdir(), "npm-start-"));
let github: GitHubStandIn;
let child: ChildProcess | null = null;
let output = "";

/** .env.example with these variables filled in and every other line exactly as shipped. */
function envFromExample(values: Record<string, string>): string {
  return readFileSync(".env.example", "utf8").replace(/^([A-Z][A-Z0-9_]*)=.*$/gm, (line, name: string) =>
    name in values ? `${name}=${JSON.stringify(values[name])}` : line,
  );
}

function startFromEnvFile(env: string): ChildProcess {
  writeFileSync(join(dir, ".env"), env);
  output = "";
  const started = spawn(process.execPath, [resolve("lib/cli/main.js"), "start"], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", HOME: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  started.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  return started;
}

beforeAll(async () => {
  github = new GitHubStandIn({ webhookSecret: SECRET, appSlug: "desk-start", roles: { alice: "write" } });
  await github.start();
});

afterAll(async () => {
  if (child) await ended(child, "SIGKILL");
  await github?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start from a copy of .env.example", () => {
  it("before registration: the setup page sends the admin to github.com and names a real address", async () => {
    const port = await freePort();
    child = startFromEnvFile(envFromExample({ PORT: String(port) }));
    await waitFor(() => /open (http:\/\/\S+)\/probot/.test(output), 20_000);
    const url = /open (http:\/\/\S+)\/probot/.exec(output)![1]!;
    expect(url).toBe(`http://localhost:${port}`);
    const page = await (await fetch(`${url}/probot`)).text();
    expect(page).toContain('action="https://github.com/settings/apps/new"');
    await ended(child, "SIGTERM");
    child = null;
  }, 30_000);

  it("registered: serves webhooks, the reviewers' page, /metrics and /health on the same server", async () => {
    const port = await freePort();
    child = startFromEnvFile(
      envFromExample({
        APP_ID: String(github.appId),
        PRIVATE_KEY: github.appPrivateKey,
        WEBHOOK_SECRET: SECRET,
        GHE_HOST: github.host,
        GHE_PROTOCOL: "http",
        PORT: String(port),
        LOG_LEVEL: "warn",
      }),
    );
    const url = `http://localhost:${port}`;
    // The .env written here is 0644: the server says so (it holds the private key).
    await waitFor(() => output.includes("holds the app's private key and other users of this machine can read it"), 20_000);
    expect(output).toContain(`run \`chmod 600 ${join(dir, ".env")}\``);
    await waitFor(
      () =>
        fetch(`${url}/ping`).then(
          (r) => r.ok,
          () => false,
        ),
      20_000,
    );
    github.deliverTo(`${url}/api/github/webhooks`);
    const issue = await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    // The card, then the labels: the case is recorded for the page once its writes are done.
    await waitFor(() => github.thread(issue.number).issue.labels.includes("recovery: triage"), 20_000);
    const pageUrl = `${url}/recovery-triage/${github.owner}/${github.repo}/report.json`;
    await waitFor(async () => (await fetch(pageUrl)).status === 200, 5_000);
    const report = (await (await fetch(pageUrl)).json()) as { counts: Record<string, number> };
    expect(report.counts).toMatchObject({ triage: 1 });
    expect((await fetch(`${url}/recovery-triage/${github.owner}/${github.repo}/`)).status).toBe(200);
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^recovery_triage_events_total\{kind="issues\.opened",outcome="applied"\} 1$/m);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    // A passer-by's "+1" on the queued request: hidden as outdated, and answered once, by the process npm start runs.
    const plusOne = await github.comment(issue.number, "passer", "+1");
    await waitFor(() => github.minimized.get(plusOne.id) === "OUTDATED", 20_000);
    await waitFor(() => github.thread(issue.number).comments.some((c) => c.body.startsWith("This request is next in the queue")), 20_000);
  }, 60_000);
});
