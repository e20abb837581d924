// `npm run demo`: the real app against the embedded GitHub stand-in. No account, no network.
import { readFileSync } from "node:fs";
import { startHarness } from "./harness.js";
import type { GitHubStandIn } from "./github-standin.js";
import { stripHtmlComments } from "../src/domain/intake/markdown.js";
import { Verifier } from "../src/domain/verification/codes.js";
import { issueCode } from "../src/cli/issue-code.js";
import { FIXED_REQUEST, INVALID_REQUEST, JBBER_REQUEST } from "./demo-requests.js";
import { attestWith, registryWorld, WORLD_REPOSITORIES } from "./world.js";
import { RegistryClient } from "../src/features/evidence/registry-client.js";

const FORM_PATH = ".github/ISSUE_TEMPLATE/account-recovery.yml";
const DEMO_CONFIG = "reviewers: [alice, bob]\nassignment: round-robin\n";
/** The demo's own secret: real desks set RECOVERY_SECRET in the server's environment. */
const DEMO_SECRET = "demo-only-recovery-secret-not-for-production";

export interface DemoOptions {
  /** Keep the desk running after the replay and print the reviewers' page address (`npm run demo -- --serve`). */
  serve?: boolean;
  /** Stops a serving demo (Ctrl-C does, from the command line). */
  signal?: AbortSignal;
}

export async function runDemo(out: (line: string) => void = console.log, options: DemoOptions = {}): Promise<void> {
  const form = readFileSync(new URL(`../${FORM_PATH}`, import.meta.url), "utf8");
  const verifier = new Verifier(DEMO_SECRET);
  // The registry is a local stand-in too: the demo shows the evidence a reviewer would see, without the internet.
  const registry = registryWorld();
  const config = `${DEMO_CONFIG}registry:\n  url: ${await registry.start()}\n`;
  const harness = await startHarness({
    files: { [FORM_PATH]: form, ".github/recovery-triage.yml": config },
    roles: { alice: "maintain", bob: "write" },
    repositories: WORLD_REPOSITORIES,
    registry: new RegistryClient(),
    trusted: registry.trust(),
    verifier,
  });
  const { github } = harness;
  attestWith(registry, github);
  try {
    out(`recovery-triage demo: the real app, GitHub played by a local stand-in at ${github.host}, the registry at ${registry.url}`);
    out(`repository ${github.owner}/${github.repo}, config:\n${indent(config)}`);

    const step = async (what: string, action: () => Promise<unknown>) => {
      const before = github.requests.length;
      await action();
      await github.settled();
      const writes = github.writes(before).length;
      const reads = github.reads(before).length;
      out(`▶ ${what}\n  the app made ${writes} write request${writes === 1 ? "" : "s"} and ${reads} reads`);
    };

    await step("jbber files the seed request", () =>
      github.openIssue("jbber", "Account recovery request", JBBER_REQUEST, ["account-recovery"]),
    );
    await step("sam-k files a request with an email address as username and a box left empty", () =>
      github.openIssue("sam-k", "Account recovery request", INVALID_REQUEST, ["account-recovery"]),
    );
    out(renderThread(github, 2));
    await step("sam-k edits the request to fix both problems", () => github.editIssueBody(2, "sam-k", FIXED_REQUEST));
    await step("sam-k saves the same text again (nothing relevant changed)", () => github.editIssueBody(2, "sam-k", FIXED_REQUEST));

    // jbber's case, all the way: the reviewer (bob, assigned to #1) verifies by email and approves.
    const issued = await issueCode(harness.probot, { owner: github.owner, repo: github.repo, number: 1 }, verifier, new Date());
    out(
      `▶ bob runs \`recovery-triage code ${github.owner}/${github.repo}#1\` and emails the code to the address on ` +
        `file:\n${indent(issued.email.text)}`,
    );
    await step("bob comments /verify email", () => github.comment(1, "bob", "/verify email"));
    await step(`jbber comments /code ${issued.code} (the app deletes that comment once it is used)`, () =>
      github.comment(1, "jbber", `/code ${issued.code}`),
    );
    await step("a passer-by tries /approve", () => github.comment(1, "mallory", "/approve force trust me"));
    await step("bob comments /approve 2FA reset, password reset email sent", () =>
      github.comment(1, "bob", "/approve 2FA reset, password reset email sent"),
    );

    out("\nThe threads as they stand now:");
    for (const number of github.issues.keys()) out(renderThread(github, number));
    if (options.serve) {
      // The reviewers' view of the same desk, in a browser, until stopped.
      out(`\nThe reviewers' page: ${harness.appBase}/recovery-triage/${github.owner}/${github.repo}/  (Ctrl-C stops the demo)`);
      await new Promise<void>((resolve) => {
        if (options.signal?.aborted) return resolve();
        options.signal?.addEventListener("abort", () => resolve());
      });
    }
  } finally {
    await harness.stop();
    await registry.stop();
  }
}

/** An issue thread as a person sees it on GitHub: hidden HTML comments are invisible there too. */
export function renderThread(github: GitHubStandIn, number: number): string {
  const { issue, comments } = github.thread(number);
  const lines = [
    "",
    "═".repeat(78),
    `#${issue.number} ${issue.title}   [${issue.state}${issue.state === "closed" ? `: ${issue.state_reason}` : ""}]`,
    `labels: ${issue.labels.join(", ") || "none"}    assignees: ${issue.assignees.join(", ") || "none"}`,
    "─".repeat(78),
    `${issue.user.login} opened this issue:`,
    indent(issue.body),
  ];
  for (const c of comments) lines.push("─".repeat(78), `${c.user.login} commented:`, indent(stripHtmlComments(c.body).trim()));
  return lines.join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
