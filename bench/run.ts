// `npm run bench` (not part of npm test): the real server process (`npm start`) against the
// local GitHub stand-in, which paces writes like GitHub (1 s apart, comment creation 3 s apart;
// a request that comes too early is refused and counted) and can inject faults. Prints a table
// and writes bench/results/bench.json. Takes about six minutes: GitHub's pacing is the floor.
import { caseRef } from "../src/domain/case/binding.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { rssOf, startAppProcess, type AppProcess } from "../standin/app-process.js";
import { GitHubStandIn, type StandInOptions } from "../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../standin/harness.js";
import { Verifier } from "../src/domain/verification/codes.js";
import { FIXED_REQUEST, INVALID_REQUEST, JBBER_REQUEST } from "../standin/demo-requests.js";
import { startRedis } from "../test/helpers/redis-server.js";
import { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../test/helpers/registry-world.js";
import { evidenceCosts } from "./evidence.js";
import { actionsCosts } from "./actions.js";
import { adoptionCosts } from "./adoption.js";
import { largeAdoption } from "./large-adoption.js";
import { pageCosts } from "./page.js";
import { budget } from "./budget.js";
import { crashCosts } from "./crash.js";
import { languageCosts } from "./language.js";

const SECRET = "bench-recovery-secret-0123456789";
/** Evidence is gathered from a registry stand-in on loopback (the benchmark never touches the internet). */
const registry = registryWorld();
const registryUrl = await registry.start();
const trustedRoot = registry.writeTrustedRoot();
const CONFIG = registryConfig(registryUrl).replace("reviewers: [alice]", "reviewers: [alice, bob]");
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const request = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);

async function setup(options: Partial<StandInOptions> = {}, instances = 1, extraEnv: Record<string, string> = {}) {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": CONFIG },
    roles: { alice: "maintain", bob: "write" },
    repositories: WORLD_REPOSITORIES,
    pacing: true,
    ...options,
  });
  await github.start();
  attestWith(registry, github);
  const apps: AppProcess[] = [];
  for (let i = 0; i < instances; i++) {
    apps.push(
      await startAppProcess(github, {
        WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
        GHE_HOST: github.host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "warn",
        RECOVERY_SECRET: SECRET,
        SWEEP_INTERVAL_MINUTES: "0",
        SIGSTORE_TRUSTED_ROOT: trustedRoot,
        ...extraEnv,
      }),
    );
  }
  github.deliverTo(...apps.map((a) => `${a.url}/api/github/webhooks`));
  return {
    github,
    apps,
    async stop() {
      await Promise.all(apps.map((a) => a.stop()));
      await github.stop();
    },
  };
}

/** The server answers before it works; its writes are paced. Quiet = no request for 3.5 s. */
async function quiet(github: GitHubStandIn, ms = 3500): Promise<void> {
  let seen = -1;
  while (github.requests.length !== seen) {
    seen = github.requests.length;
    await sleep(ms);
  }
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ------------------------------------------------------------------ 1. cost per event, lifecycle
async function costs() {
  const { github, stop } = await setup();
  const rows: { event: string; writes: number; reads: number; answerMs: number }[] = [];
  const step = async (event: string, action: () => Promise<unknown>) => {
    await quiet(github, 500);
    const before = github.requests.length;
    const answerMs = await timed(action);
    await quiet(github);
    rows.push({ event, writes: github.writes(before).length, reads: github.reads(before).length, answerMs: Math.round(answerMs) });
  };
  await step("valid request opened", () => github.openIssue("jbber", "Account recovery request", JBBER_REQUEST, ["account-recovery"]));
  await step("invalid request opened", () => github.openIssue("sam-k", "Account recovery request", INVALID_REQUEST, ["account-recovery"]));
  await step("edit fixing a request", () => github.editIssueBody(2, "sam-k", FIXED_REQUEST));
  await step("edit changing nothing", () => github.editIssueBody(2, "sam-k", FIXED_REQUEST));
  await step("/verify email", () => github.comment(1, "bob", "/verify email"));
  const { code } = new Verifier(SECRET).issueEmailCode(
    caseRef(`${github.owner}/${github.repo}`, 1, { username: "jbber", testInstance: false, author: "jbber" }, 0),
    new Date(),
    24,
  );
  await step("/code (right; verifies)", () => github.comment(1, "jbber", `/code ${code}`));
  await step("/approve", () => github.comment(1, "bob", "/approve 2FA reset"));
  await step("refused command", () => github.comment(2, "mallory", "/approve force x"));
  await step("passer-by comment", () => github.comment(2, "someone", "any update?"));
  await step("bot comment", () => github.comment(2, "other-bot[bot]", "/approve"));
  const lifecycle = ["valid request opened", "/verify email", "/code (right; verifies)", "/approve"].reduce(
    (n, e) => n + rows.find((r) => r.event === e)!.writes,
    0,
  );
  results.perEvent = rows;
  results.lifecycleWrites = lifecycle;
  results.pacingViolations = github.pacing.violations;
  await stop();
}

// ------------------------------------------------------------------ 2. a burst of 50 new requests
async function burst() {
  const { github, stop } = await setup();
  await github.openIssue("warmup", "Account recovery request", request("warm-up"), ["account-recovery"]);
  await quiet(github);
  const before = { ...github.pacing };
  const start = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      timed(() => github.openIssue(`user${i}`, "Account recovery request", request(`account-${i}`), ["account-recovery"])),
    ),
  );
  const done = () =>
    [...github.issues.values()].filter((i) => i.labels.includes("recovery: triage")).length === 51 &&
    [...github.comments.values()].filter((c) => c.user.type === "Bot").length === 51;
  while (!done()) await sleep(100);
  const drainS = (performance.now() - start) / 1000;
  const writes = github.pacing.writes - before.writes;
  const comments = github.pacing.commentCreations - before.commentCreations;
  // GitHub's floor: every write 1 s apart, comment creations 3 s apart (the first one starts at 0).
  const floorS = Math.max(writes - 1, (comments - 1) * 3);
  results.burst = {
    requests: 50,
    answerP50Ms: Math.round(percentile(answers, 50)),
    answerP99Ms: Math.round(percentile(answers, 99)),
    answeredWithin2s: answers.filter((ms) => ms <= 2000).length / 50,
    writes,
    commentCreations: comments,
    drainS: Number(drainS.toFixed(1)),
    floorS,
    drainOverFloor: Number((drainS / floorS).toFixed(2)),
    pacingViolations: github.pacing.violations - before.violations,
  };
  await stop();
}

// ------------------------------------------------------------------ 3/5. one scripted desk, in several setups
async function script(github: GitHubStandIn) {
  for (let i = 0; i < 3; i++)
    await github.openIssue(`owner${i}`, "Account recovery request", request(`pkg-owner-${i}`), ["account-recovery"]);
  await github.openIssue("lost-one", "Account recovery request", INVALID_REQUEST, ["account-recovery"]);
  await github.editIssueBody(4, "lost-one", FIXED_REQUEST);
  for (let i = 1; i <= 3; i++) await github.comment(i, i % 2 === 0 ? "alice" : "bob", "/verify email");
  for (let i = 1; i <= 3; i++) await github.comment(i, `owner${i - 1}`, "/code 00000000");
  await github.comment(2, "owner1", "/withdraw");
  await github.comment(3, "alice", "/hold waiting");
  await quiet(github);
  return github.snapshot();
}

/** Cards carry real times (the server runs on the real clock): blank them to compare two runs. */
function timeless(snapshot: ReturnType<GitHubStandIn["snapshot"]>): string {
  return JSON.stringify(snapshot)
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>")
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, "<time>");
}

async function faults() {
  const clean = await setup();
  const expected = await script(clean.github);
  await clean.stop();
  const faulty = await setup({ faults: { error502: 0.1, secondary403: 0.05, seed: 7 } });
  const actual = await script(faulty.github);
  const cards = actual.map((i) => i.comments.filter((c) => c.includes("recovery-triage:state")).length);
  const duplicateComments = actual.reduce((n, i) => n + i.comments.length - new Set(i.comments).size, 0);
  results.faults = {
    injected: faulty.github.pacing.injected,
    requests: faulty.github.requests.length,
    cardsPerIssue: cards,
    duplicateComments,
    sameFinalStateAsWithoutFaults: timeless(actual) === timeless(expected),
  };
  await faulty.stop();
  return expected;
}

async function scaleOut(expected: ReturnType<GitHubStandIn["snapshot"]>) {
  const redis = await startRedis();
  const two = await setup({}, 2, { REDIS_URL: redis.url });
  const actual = await script(two.github);
  results.scaleOut = { instances: 2, sameFinalStateAsOneInstance: timeless(actual) === timeless(expected) };
  await two.stop();
  await redis.stop();
}

// ------------------------------------------------------------------ 4. memory over 1,000 events
async function memory() {
  const { github, apps, stop } = await setup({ pacing: false });
  await github.openIssue("sam-k", "Account recovery request", FIXED_REQUEST, ["account-recovery"]);
  // Warm up with the same mix, so the heap has reached its working size before measuring.
  for (let i = 0; i < 400; i++) {
    if (i % 2 === 0) await github.editIssueBody(1, "sam-k", FIXED_REQUEST);
    else await github.comment(1, `warm${i}`, "same problem here");
  }
  await quiet(github, 1000);
  const before = rssOf(apps[0]!.pid);
  for (let i = 0; i < 1000; i++) {
    if (i % 2 === 0) await github.editIssueBody(1, "sam-k", FIXED_REQUEST);
    else await github.comment(1, `visitor${i}`, "same problem here, any update?");
  }
  await quiet(github, 1000);
  const after = rssOf(apps[0]!.pid);
  results.memory = {
    events: 1000,
    rssBeforeMB: Number((before / 2 ** 20).toFixed(1)),
    rssAfterMB: Number((after / 2 ** 20).toFixed(1)),
    growthMB: Number(((after - before) / 2 ** 20).toFixed(1)),
  };
  await stop();
}

const only = process.argv[2];
const t0 = performance.now();
if (!only || only === "costs") await costs();
if (!only || only === "evidence") results.evidence = await evidenceCosts();
if (!only || only === "page") results.page = await pageCosts();
if (!only || only === "budget") results.budget = await budget();
if (!only || only === "crash") results.crash = await crashCosts();
if (!only || only === "burst") await burst();
if (!only || only === "memory") await memory();
if (!only || only === "actions") results.actions = await actionsCosts();
if (!only || only === "adoption") results.adoption = await adoptionCosts();
if (!only || only === "large-adoption") results.largeAdoption = await largeAdoption();
if (!only || only === "language") results.language = await languageCosts();
if (!only || only === "faults" || only === "scale") {
  const expected = await faults();
  if (!only || only === "scale") await scaleOut(expected);
}
results.seconds = Math.round((performance.now() - t0) / 1000);

await registry.stop();
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/bench.json", `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
