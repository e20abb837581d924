// `recovery-triage dry-run owner/repo`: what installing the desk would do to a live backlog, with
// nothing written. The desk runs exactly as its sweep does (the same runner, the same Desk, the
// app's identity for reading), through an Octokit that sends every read and answers every write
// itself, recording it: so what it reports is what the desk would really write, request by
// request. Per request: status, problems (in the card's words), labels added and removed,
// reviewer, duplicate or conflict, the card; in total the writes and how long GitHub's pace
// (a write a second, a comment every three) would take to apply them.
import type { Probot } from "probot";
import { decodeState, hasStateMarker } from "../domain/case/state.js";
import { problemText } from "../domain/case/problem-text.js";
import type { Config } from "../config/schema.js";
import { assembleDesk } from "../app/assemble.js";
import { terminalProgress } from "./progress.js";
import { sweepOneRepository } from "../spine/sweep.js";
import { deskOctokit } from "../reliability/octokit.js";
import { DEFAULT_RETRY } from "../reliability/retry.js";
import { backgroundLimits, hourlyFloorMinutes, writeLimits } from "../reliability/write-budget.js";
import type { ProbotOctokit } from "probot";
import { installationFor } from "../github/installations.js";
import { AppIdentity } from "../github/identity.js";
import { DryOverlay } from "./dry-overlay.js";
import type { FormSpec } from "../domain/intake/form.js";

export interface RecordedWrite {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

interface Route {
  method: string;
  url: string;
  [key: string]: unknown;
}

/** Probot's Octokit whose writes are recorded and answered here, never sent; reads see them (`overlay`). */
export function dryOctokit(writes: RecordedWrite[], overlay: DryOverlay): typeof ProbotOctokit {
  const plugin = (octokit: {
    hook: { wrap: (name: "request", fn: (request: (o: Route) => Promise<unknown>, options: Route) => Promise<unknown>) => void };
  }) => {
    octokit.hook.wrap("request", async (request, options) => {
      const method = options.method.toUpperCase();
      const path = options.url
        .replace(/^https?:\/\/[^/]+(\/api\/v3)?/, "")
        .replace(/\{(\w+)\}/g, (_m, key: string) => String(options[key]));
      const body = (options.data ??
        Object.fromEntries(
          Object.entries(options).filter(([k]) => !["method", "url", "headers", "request", "baseUrl", "mediaType"].includes(k)),
        )) as Record<string, unknown>;
      const mutation = path === "/graphql" && /^\s*mutation\b/.test(String(body.query ?? ""));
      const read =
        method === "GET" ||
        method === "HEAD" ||
        (path === "/graphql" && !mutation) ||
        /^\/app\/installations\/\d+\/access_tokens$/.test(path);
      if (read) {
        if (method !== "GET") return request(options);
        const headers = { ...((options.headers as Record<string, string> | undefined) ?? {}) };
        delete headers["if-none-match"];
        const response = (await request({ ...options, headers })) as { data: unknown; headers: Record<string, string | undefined> };
        const lastPage = !/rel="next"/.test(response.headers.link ?? "");
        return { ...response, data: overlay.read(path, body, response.data, lastPage) };
      }
      writes.push({ method, path, body });
      const { status, data } = overlay.write(method, path, body, new Date().toISOString());
      return { status, url: path, headers: {}, data };
    });
  };
  return deskOctokit(DEFAULT_RETRY.timeoutMs).plugin(plugin as never) as unknown as typeof ProbotOctokit;
}

export interface DryRunCase {
  number: number;
  status: string | null;
  problems: string[];
  labelsAdded: string[];
  labelsRemoved: string[];
  reviewer: string | null;
  duplicateOf: number | null;
  conflictsWith: number[];
  writes: number;
  card: string | null;
}

export interface DryRunReport {
  repository: string;
  requests: number;
  cases: DryRunCase[];
  totals: {
    writes: number;
    comments: number;
    byStatus: Record<string, number>;
    /** At GitHub's pace for writes (one a second, comments three seconds apart). */
    minutesAtGitHubPace: number;
    /** And within its hourly write budget, of which the sweep spends what people's requests leave: when the adoption ends. */
    minutesWithinHourlyBudget: number;
  };
}

/**
 * Whose eyes the dry run reads with: the app's installation, or a person's token (a reviewer who
 * holds no private key) with the app's bot login named, so the desk knows its own cards.
 */
export type DryRunReader = { as: "app" } | { as: "person"; botLogin: string };

/** Runs the desk's sweep over the repository with writes recorded, not sent. `probot` must use dryOctokit. */
export async function dryRun(
  probot: Probot,
  owner: string,
  repo: string,
  writes: RecordedWrite[],
  overlay: DryOverlay,
  reader: DryRunReader = { as: "app" },
): Promise<DryRunReport> {
  // No write is sent, so none is paced or counted: the run takes the time the reads take (at GitHub's points a minute).
  const retry = { ...DEFAULT_RETRY, pace: false, budget: null, writesReachGitHub: false };
  // The sweep runs as it runs live, following related requests (a conflict updates the other's card): reads see the writes.
  overlay.botLogin = reader.as === "person" ? reader.botLogin : await new AppIdentity(probot).login();
  const { desk } = assembleDesk(probot, {
    background: false,
    sweepIntervalMinutes: 0,
    verifier: null,
    // Evidence is read as the live desk reads it (reads only), so the cards say what they will say.
    retry,
    ...(reader.as === "person" ? { botLogin: reader.botLogin } : {}),
  });
  // With a person's token (Probot's `githubToken`), app.auth() is that person: there is no installation to look up.
  const octokit = reader.as === "person" ? await probot.auth() : await installationFor(probot, owner, repo);
  const client = desk.clientFor(octokit, owner, repo);
  const { config } = await desk.settings.configFor(octokit, owner, repo, probot.log);
  const form = await desk.settings.formFor(octokit, client, probot.log);
  const labelsNow = new Map((await client.listOpenRequests(null)).map((i) => [i.number, i.labels]));
  const report = await sweepOneRepository(probot, desk, owner, repo, reader.as === "person" ? octokit : undefined, terminalProgress());
  await desk.queue.idle();
  const byIssue = new Map<number, RecordedWrite[]>();
  for (const w of writes) {
    const number = Number(/\/issues\/(\d+)/.exec(w.path)?.[1] ?? NaN);
    if (Number.isFinite(number)) byIssue.set(number, [...(byIssue.get(number) ?? []), w]);
  }
  const cases: DryRunCase[] = [...byIssue.keys()]
    .sort((a, b) => a - b)
    .map((number) => caseOf(number, byIssue.get(number)!, labelsNow.get(number) ?? [], { config, form }));
  const comments = writes.filter((w) => w.method === "POST" && w.path.endsWith("/comments")).length;
  const byStatus: Record<string, number> = {};
  for (const c of cases) if (c.status) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  // GitHub's pace for content writes: about one a second, comment creations three seconds apart.
  const paceMinutes = Math.max(writes.length, comments * 3) / 60;
  // And GitHub's hourly budget (GITHUB_WRITES_PER_HOUR may lower it), less the reserve kept for people.
  const budgetMinutes = hourlyFloorMinutes(writes.length, backgroundLimits(writeLimits(process.env)));
  const tenths = (minutes: number) => Math.round(minutes * 10) / 10;
  return {
    repository: `${owner}/${repo}`,
    requests: report.cases,
    cases,
    totals: {
      writes: writes.length,
      comments,
      byStatus,
      minutesAtGitHubPace: tenths(paceMinutes),
      minutesWithinHourlyBudget: tenths(Math.max(paceMinutes, budgetMinutes)),
    },
  };
}

function caseOf(number: number, writes: RecordedWrite[], labelsNow: string[], ctx: { config: Config; form: FormSpec }): DryRunCase {
  const cardWrite = [...writes].reverse().find((w) => typeof w.body.body === "string" && hasStateMarker(w.body.body));
  const card = cardWrite ? String(cardWrite.body.body) : null;
  const state = card ? decodeState(card) : null;
  const labelsThen = [...writes].reverse().find((w) => w.method === "PATCH" && Array.isArray(w.body.labels))?.body.labels as
    string[] | undefined;
  const after = labelsThen ?? labelsNow;
  return {
    number,
    status: state?.status ?? null,
    problems: (state?.problems ?? []).map((p) => problemText(p, ctx)),
    labelsAdded: after.filter((l) => !labelsNow.includes(l)),
    labelsRemoved: labelsNow.filter((l) => !after.includes(l)),
    reviewer: state?.reviewer ?? null,
    duplicateOf: state?.duplicateOf ?? null,
    conflictsWith: state?.conflictsWith ?? [],
    writes: writes.length,
    card,
  };
}
