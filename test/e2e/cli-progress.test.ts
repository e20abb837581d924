// Long CLI work shows its progress on a terminal, and only there: `recovery-triage sweep` run on a
// pseudo-terminal (util-linux's `script`, as a person's shell gives it) draws "n of total cases" on
// stderr; the same command piped (cron, CI, `| jq`) writes none of it.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
let github: GitHubStandIn;

beforeAll(async () => {
  github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain" },
  });
  await github.start();
  // No app is listening: the sweep takes these in.
  for (const name of ["acct1", "acct2", "acct3"])
    await github.openIssue(name, "Account recovery request", body("form-jbber").replace(/^jbber$/m, name), ["account-recovery"]);
});
afterAll(async () => github?.stop());

const env = () => ({
  PATH: process.env.PATH ?? "",
  APP_ID: String(github.appId),
  PRIVATE_KEY: github.appPrivateKey,
  GHE_HOST: github.host,
  GHE_PROTOCOL: "http",
});

describe("progress of long CLI work", () => {
  it("is drawn on a terminal, one line rewritten per case, and never written to a pipe", async () => {
    const command = `"${process.execPath}" "${resolve("lib/cli/main.js")}" sweep`;
    const onTerminal = await exec("script", ["-q", "-e", "-c", command, "/dev/null"], { env: env() });
    expect(onTerminal.stdout).toContain(
      "\rregistry/support: 1 of 3 cases\rregistry/support: 2 of 3 cases\rregistry/support: 3 of 3 cases\r\n",
    );
    // The sweep's report is still the last line.
    expect(onTerminal.stdout.trimEnd().split("\n").at(-1)).toMatch(/^\{"repositories":1,"cases":3,/);
    const piped = await exec(process.execPath, [resolve("lib/cli/main.js"), "sweep"], { env: env() });
    expect(piped.stderr).not.toMatch(/cases/);
    expect(piped.stdout).toMatch(/^\{"repositories":1,"cases":3,/);
  }, 60_000);
});
