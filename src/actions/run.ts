// `recovery-triage action`: the whole desk as one step of a GitHub Actions workflow, as the app.
// The runner gives the event and its payload; the step's secrets give the app's identity (APP_ID,
// PRIVATE_KEY), so the desk acts with its own bot login and rate limit, not `github-actions[bot]`.
// A webhook event runs through the same Probot handlers and runner as on the server; schedule and
// workflow_dispatch run the sweep of this repository (and write the reviewers' page as a static
// site when RECOVERY_TRIAGE_SITE names a directory). No timers; the step waits until every job
// the event started is applied, and exits 1 on any failure (the error in the log and the summary).
import { appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import type { Probot } from "probot";
import recoveryTriage from "../app/probot-app.js";
import { environment, probotFromEnv, type Env } from "../config/environment.js";
import type { Desk } from "../spine/service.js";
import { sweepOneRepository } from "../spine/sweep.js";
import { getPrivateKey } from "@probot/get-private-key";
import { memoryKey, restoreMemory, saveMemory } from "./memory.js";
import { appEnv, readRunnerEvent, type RunnerEvent } from "./runner-env.js";
import { pageChanged, writeSite } from "../features/page/site.js";
import type { DeskReport } from "../domain/report/build.js";
import { reportText } from "../domain/report/text.js";
import { escapeHtml } from "../domain/report/html.js";

export const DEFAULT_MEMORY = ".recovery-triage/memory.json";

export interface ActionResult {
  exitCode: number;
  /** Requests sent to GitHub, and the rate limit GitHub last reported. */
  requests: number;
  rateLimitRemaining: number | null;
}

export async function runAction(base: Env = environment()): Promise<ActionResult> {
  const event = readRunnerEvent(base);
  const env = appEnv(base);
  const probot = probotFromEnv(env);
  const memoryPath = env.RECOVERY_TRIAGE_MEMORY || DEFAULT_MEMORY;
  // The memory is sealed with a key only the app's secret gives: a planted cache entry is discarded.
  const privateKey = getPrivateKey({ env })?.toString() ?? null;
  const sealWith = privateKey ? memoryKey(privateKey) : null;
  let desk: Desk | null = null;
  await probot.load((app: Probot) =>
    recoveryTriage(app, {
      background: false,
      sweepIntervalMinutes: 0,
      onDesk: (built) => {
        desk = built;
        restoreMemory(built, memoryPath, sealWith, built.now());
      },
    }),
  );
  const built = desk as unknown as Desk;
  let failure: unknown = null;
  let sweep: Awaited<ReturnType<typeof sweepOneRepository>> | null = null;
  let report: DeskReport | null = null;
  try {
    if (event.kind === "sweep") {
      sweep = await sweepOneRepository(probot, built, event.owner, event.repo);
      if (sweep.failures > 0) failure = new Error(`${sweep.failures} case(s) failed in the sweep; see the log`);
      // The reviewers' page, where no server serves it: a static site (public repositories only) and the job summary.
      const site = env.RECOVERY_TRIAGE_SITE || null;
      report = site ? writeSite(built.records, `${event.owner}/${event.repo}`, site, built.now()) : null;
      // The workflow deploys the page only when it says something new (`steps.desk.outputs.page-changed`).
      core.setOutput("page-changed", report !== null && pageChanged(report, join(dirname(memoryPath), "page.sha256")));
    } else {
      await receive(probot, event);
    }
    // Work the event started on other cases (a conflict shown on both) runs on their own queues: wait for it.
    await built.queue.idle();
  } catch (error) {
    failure = error;
  }
  const errors = (await built.metrics.errors.get()).values;
  const count = (where?: string) => errors.filter((v) => !where || v.labels.where === where).reduce((sum, v) => sum + v.value, 0);
  // A secret left public is said first and plainly: it needs a person now (the next run tries again).
  if (count("secret-not-removed") > 0)
    failure = new Error(
      `${count("secret-not-removed")} comment(s) holding a secret could not be deleted: remove them by hand; the next run tries again`,
    );
  else if (!failure && count() > 0) failure = new Error(`${count()} error(s) while applying the event; see the log`);
  saveMemory(built, memoryPath, built.now(), sealWith);
  const result: ActionResult = {
    exitCode: failure ? 1 : 0,
    requests: (await built.metrics.requests.get()).values.reduce((sum, v) => sum + v.value, 0),
    rateLimitRemaining: (await built.metrics.rateLimitRemaining.get()).values[0]?.value ?? null,
  };
  if (failure) core.error(failure instanceof Error ? failure.message : String(failure));
  summarise(event, result, sweep, failure, report);
  return result;
}

/** The event as its webhook: Actions payloads carry no installation, so the repository's is looked up (with the app's JWT). */
async function receive(probot: Probot, event: RunnerEvent): Promise<void> {
  const appOctokit = await probot.auth();
  const { data: installation } = await appOctokit.rest.apps.getRepoInstallation({ owner: event.owner, repo: event.repo });
  const payload = { ...event.payload, installation: { id: installation.id } };
  await probot.receive({ id: event.delivery, name: event.name, payload } as Parameters<Probot["receive"]>[0]);
}

function summarise(
  event: RunnerEvent,
  result: ActionResult,
  sweep: { cases: number; writes: number; deferred: number } | null,
  failure: unknown,
  report: DeskReport | null,
) {
  if (!event.summaryPath) return;
  const deferred = sweep?.deferred ? `, ${sweep.deferred} deferred to the next sweep (GitHub's hourly write budget)` : "";
  const what = sweep
    ? `sweep of ${event.owner}/${event.repo}: ${sweep.cases} case(s), ${sweep.writes} write(s)${deferred}`
    : `${event.name} event`;
  const lines = [
    `### Recovery desk: ${failure ? "failed" : "done"}`,
    "",
    `- ${what}`,
    `- GitHub requests: ${result.requests}; rate limit left: ${result.rateLimitRemaining ?? "not reported"}`,
    ...(failure ? [`- error: ${failure instanceof Error ? failure.message : String(failure)}`] : []),
    "",
    // Titles are the requesters' words: shown escaped inside <pre>, never as markdown.
    ...(report ? [`<pre>${escapeHtml(reportText(report).trimEnd())}</pre>`, ""] : []),
  ];
  appendFileSync(event.summaryPath, lines.join("\n"));
}
