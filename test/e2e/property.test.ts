// A model-based property test: random sequences of what people (requester, maintainer, passer-by),
// GitHub and time can do to a request, played through signed webhooks against the real app and the
// stand-in — one app instance, or two sharing a real redis-server and taking turns at webhooks.
// After every step the desk's invariants must hold: one card, verification bound to the account,
// no secret or live code public, bounded writes, and (once lost work is healed) nothing owed left
// unsettled. Bounded runs; fast-check prints the seed and the shrunk sequence on failure (rerun one
// with FC_SEED=<seed>).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memoryKey, restoreMemory, saveMemory } from "../../src/actions/memory.js";
import { unprocessed } from "../../src/domain/case/processed.js";
import { threadOf } from "../../src/domain/case/lost-comments.js";
import { readReplies } from "../../src/domain/case/notices/replies.js";
import { Desk } from "../../src/spine/service.js";
import { DEFAULT_RETRY } from "../../src/reliability/retry.js";
import { sweepOneRepository } from "../../src/spine/sweep.js";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { accountForCodes, accountNamed, caseRef, sameAccount } from "../../src/domain/case/binding.js";
import { decodeState, hasStateMarker } from "../../src/domain/case/state.js";
import { issueCode } from "../../src/cli/issue-code.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { validateRequest } from "../../src/domain/intake/validate.js";
import { COMPRESSED_TIME, startAppInstance, STANDIN_WEBHOOK_SECRET, type AppInstance } from "../../standin/harness.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const verifier = new Verifier("property-test-secret-0123456789");
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const CODES = "3f9a1c0b7d2e4f60\na01b2c3d4e5f6a7b\n9e8d7c6b5a493827";
/** Fragments no comment by the desk may ever contain. */
const SECRETS = [TOKEN.slice(5, 40), "3f9a1c0b7d2e4f60", "a01b2c3d4e5f6a7b"];
/** What one event may cost at most: a deletion, the card, one reply, one update, and the related case's card and update. */
const MAX_WRITES_PER_STEP = 6;

const BODIES = {
  jbber: body("form-jbber"),
  victim: body("form-jbber").replace("### PyPI Username\n\njbber", "### PyPI Username\n\nvictim"),
  testVictim: body("heading-test-pypi").replace("jbber", "victim"),
  invalid: body("username-email"),
  token: body("form-jbber").replace("Hello,", `Hello, my token ${TOKEN}`),
};

type Step =
  | { kind: "edit"; body: keyof typeof BODIES }
  | { kind: "title"; secret: boolean }
  | { kind: "close"; by: "jbber" | "alice" }
  | { kind: "reopen" }
  | { kind: "comment"; who: "jbber" | "alice" | "mallory"; text: string }
  | { kind: "right-code"; who: "jbber" | "mallory" | "alice"; outside: boolean }
  /** A reviewer starts the email factor and the requester answers with the right code. */
  | { kind: "verify-flow" }
  | { kind: "edit-comment"; text: string }
  | { kind: "push-branch" }
  /** GitHub loses the next webhooks (it never redelivers on its own): only the sweep heals them. */
  | { kind: "lose"; count: number }
  /** A passer-by posts more comments than any list the card keeps. */
  | { kind: "flood"; text: string }
  /** `server`: the app's own sweep (its memory); otherwise the CLI's (a new desk). */
  | { kind: "sweep"; days: number; server: boolean }
  /** Two maintainer commands whose webhooks arrive in reverse order (the first is delivered after the second). */
  | { kind: "reorder"; first: string; second: string }
  /** GitHub delivers the last webhook again (a redelivery keeps its X-GitHub-Delivery). */
  | { kind: "duplicate" }
  /** A command whose webhook was lost, with a flood of over a hundred comments before and after it. */
  | { kind: "buried"; who: "alice" | "jbber"; text: string }
  /** The process handling the next comment dies after `writes` writes (GitHub has them); a fresh one replaces it. */
  | { kind: "crash"; writes: number; who: "alice" | "mallory"; text: string }
  /** A sweep in a fresh process (as an Actions run) that finds a planted memory: a forged card behind the genuine ETag. */
  | { kind: "planted" };

/**
 * Every step but the two floods: each costs a hundred times a light step (a comment webhook per
 * flooded comment), so they are not drawn at random but come exactly once each in every sequence of
 * the second property (`flooded`) — a fixed cost per run of the suite, not a Poisson draw.
 */
const lightStep: fc.Arbitrary<Step> = fc.oneof(
  // The paths to a takeover are long (verify, then change the account): they are drawn more often.
  {
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      body: fc.constantFrom(...(Object.keys(BODIES) as (keyof typeof BODIES)[])),
    }),
    weight: 4,
  },
  { arbitrary: fc.constant({ kind: "verify-flow" as const }), weight: 4 },
  fc.record({ kind: fc.constant("title" as const), secret: fc.boolean() }),
  fc.record({ kind: fc.constant("close" as const), by: fc.constantFrom("jbber" as const, "alice" as const) }),
  fc.constant({ kind: "reopen" as const }),
  fc.record({
    kind: fc.constant("comment" as const),
    who: fc.constant("alice" as const),
    text: fc.constantFrom(
      "/verify email",
      "/verify repo octo/pkg",
      "/verified checked by hand",
      "/approve",
      "/approve force trusted",
      "/deny no",
      "/hold",
      "/unhold",
      "/needs-info which projects?",
      "/assign @bob",
      "/status",
      "/duplicate #2",
    ),
  }),
  fc.record({
    kind: fc.constant("comment" as const),
    who: fc.constant("jbber" as const),
    text: fc.constantFrom("thanks", "/code 00000000", "/done", "/withdraw", "/help", `codes:\n${CODES}`, "/aprove"),
  }),
  fc.record({
    kind: fc.constant("comment" as const),
    who: fc.constant("mallory" as const),
    text: fc.constantFrom("/approve force mine", `use ${TOKEN}`, `codes:\n${CODES}`, "any update?", "/code 12345678"),
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant("right-code" as const),
      who: fc.constantFrom("jbber" as const, "mallory" as const, "alice" as const),
      outside: fc.boolean(),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant("edit-comment" as const), text: fc.constantFrom(`oops ${TOKEN}`, "nothing to see") }),
  fc.constant({ kind: "push-branch" as const }),
  { arbitrary: fc.record({ kind: fc.constant("lose" as const), count: fc.integer({ min: 1, max: 2 }) }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant("sweep" as const), days: fc.integer({ min: 0, max: 20 }), server: fc.boolean() }),
    weight: 2,
  },
  fc.record({
    kind: fc.constant("reorder" as const),
    first: fc.constantFrom("/hold", "/verify email", "/needs-info which projects?"),
    second: fc.constantFrom("/unhold", "/deny no", "/status"),
  }),
  fc.constant({ kind: "duplicate" as const }),
  fc.record({
    kind: fc.constant("crash" as const),
    writes: fc.integer({ min: 1, max: 3 }),
    who: fc.constantFrom("alice" as const, "mallory" as const),
    text: fc.constantFrom("/verify email", "/needs-info which projects?", `use ${TOKEN}`),
  }),
  fc.constant({ kind: "planted" as const }),
);
const floodStep = fc.record({ kind: fc.constant("flood" as const), text: fc.constantFrom("/verified mine", "/hold", "any update?") });
const buriedStep = fc.oneof(
  fc.record({ kind: fc.constant("buried" as const), who: fc.constant("alice" as const), text: fc.constantFrom("/hold", "/deny no") }),
  fc.record({
    kind: fc.constant("buried" as const),
    who: fc.constant("jbber" as const),
    text: fc.constantFrom("/withdraw", `codes:\n${CODES}`),
  }),
);
const lightSteps = (maxLength: number, minLength = 0) => fc.array(lightStep, { minLength, maxLength });
/** Light steps with one flood and one buried command among them, in either order. */
const flooded: fc.Arbitrary<Step[]> = fc
  .tuple(lightSteps(5), floodStep, lightSteps(5), buriedStep, lightSteps(4), fc.boolean())
  .map(([before, flood, between, buried, after, floodFirst]) =>
    floodFirst ? [...before, flood, ...between, buried, ...after] : [...before, buried, ...between, flood, ...after],
  );
/** More comments than any list the card keeps: a flood must never push owed work out of the record. */
const FLOOD = 101;
/**
 * Sequences of light steps (about 0.1 s each on an idle core), and sequences with a flood and a
 * buried command (about 6 s each: every step after a flood reads a thread of hundreds of comments).
 */
const LIGHT_RUNS = 30;
const FLOODED_RUNS = 2;
/** The slowest step seen (two instances, a buried command) settles in about 5 s; twelve times that is a stall. */
const STEP_LIMIT_MS = 60_000;
/**
 * A whole run's time: past it fast-check stops drawing and shrinking, and reports what it has (a failure
 * with its seed and the smallest sequence so far), so a failure found late is never turned into a Jest
 * timeout that hides it.
 */
const RUN_LIMIT_MS = 300_000;

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());

/** The stand-in and the app instances taking turns at its webhooks. */
interface World {
  github: GitHubStandIn;
  instances: AppInstance[];
  /** A fresh process in place of instance `index` (its memory and token gone; what it kept in Redis stays). */
  replace(index: number): Promise<void>;
  stop(): Promise<void>;
}
let world: World | null = null;
afterEach(async () => {
  await world?.stop();
  world = null;
});

/**
 * The desks a step builds itself (the CLI's sweep, an Actions run's) as the harness builds the
 * instances: not spacing their writes a second apart, which against the stand-in only adds wall time.
 */
const UNPACED = { ...DEFAULT_RETRY, pace: false };

const ROLES = { alice: "maintain", bob: "write" } as const;

async function startWorld(instances: number, now: () => Date): Promise<World> {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" },
    roles: ROLES,
    repositories: ["octo/pkg"],
    // Floods of 101 comments a step, many steps a second: hours of a busy thread on compressed time.
    ...COMPRESSED_TIME,
    now,
  });
  const base = await github.start();
  // Two instances share everything through Redis (queues, deliveries, pending records), as with REDIS_URL.
  const shared = instances > 1;
  if (shared) await redis.client().flushall();
  const start = () =>
    startAppInstance(github, base, {
      ...COMPRESSED_TIME,
      verifier,
      now,
      ...(shared ? { redis: redis.client() } : {}),
    });
  const running: AppInstance[] = [];
  for (let i = 0; i < instances; i++) running.push(await start());
  github.deliverTo(...running.map((i) => i.url));
  return {
    github,
    instances: running,
    async replace(index) {
      await running[index]!.stop();
      running[index] = await start();
      github.deliverTo(...running.map((i) => i.url));
    },
    async stop() {
      await github.stop();
      for (const instance of running) await instance.stop();
    },
  };
}

async function play(instances: number, steps: Step[]): Promise<void> {
  let clock = Date.parse("2026-11-23T12:00:00Z");
  const now = () => new Date(clock);
  world = await startWorld(instances, now);
  const w = world;
  const { github } = w;
  try {
    await github.openIssue("jbber", "Account recovery request", BODIES.jbber, ["account-recovery"]);
    await github.settled();
    let ownComment: number | null = null;
    const codes = new Set<string>();
    // Webhooks lost since the last sweep: until it runs, what they would have done may be undone.
    let lost = false;
    // Comments whose webhooks were lost are applied at the next comment's door (in id order): that
    // door's writes include theirs.
    let owed = 0;
    for (const s of steps) {
      if (s.kind === "lose") [lost, owed] = [true, owed + s.count];
      // A sweep heals what was lost before it, not what GitHub has yet to lose.
      if (s.kind === "sweep" && github.webhooksToLose === 0) [lost, owed] = [false, 0];
      clock += 60_000;
      const before = github.requests.length;
      // Comments still owed (news asks that came while the case was closed, then reopened) are applied at the next door.
      const owedBefore = owedComments(github, true).length;
      await withinStepLimit(s, async () => {
        await perform(
          w,
          s,
          now,
          (id) => (ownComment ??= id),
          () => ownComment,
          (days) => (clock += days * 86_400_000),
          codes,
        );
        await github.settled();
      });
      // The crash belongs to this step: an event that made fewer writes killed nobody, and later steps must not die.
      if (s.kind === "crash") github.crashAfterWrites(0);
      // A crash loses the rest of that event's work as a lost webhook does: until a sweep.
      if (s.kind === "crash") [lost, owed] = [true, owed + 1];
      // Which instance took the comment is the stand-in's turn to choose: every process is restarted.
      if (s.kind === "crash") for (let i = 0; i < w.instances.length; i++) await w.replace(i);
      checkInvariants(github, before, s, codes, now(), lost, owed + owedBefore);
    }
  } finally {
    await w.stop();
    world = null;
  }
}

/**
 * A step that does not settle within STEP_LIMIT_MS is a failure of its own (a hang or a stall behind
 * pacing), reported with its sequence and seed, rather than a silent Jest timeout that hides which.
 */
async function withinStepLimit(s: Step, run: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step ${JSON.stringify(s)} did not settle within ${STEP_LIMIT_MS / 1000} s`)), STEP_LIMIT_MS);
  });
  try {
    await Promise.race([run(), limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function perform(
  w: World,
  s: Step,
  now: () => Date,
  remember: (id: number) => void,
  mallorysComment: () => number | null,
  advance: (days: number) => void,
  codes: Set<string>,
): Promise<void> {
  const { github } = w;
  const probot = w.instances[0]!.probot;
  const issue = github.thread(1).issue;
  // Once the desk has locked a decided case, GitHub lets only collaborators comment: the others' steps
  // cannot happen (a flood of passers-by found this, as the stand-in refuses them as GitHub does).
  const mayComment = (actor: string) => !issue.locked || actor in ROLES;
  switch (s.kind) {
    case "edit":
      return github.editIssueBody(1, "jbber", BODIES[s.body]);
    case "title":
      return github.editIssueTitle(1, "jbber", s.secret ? `help ${TOKEN}` : "Account recovery request");
    case "close":
      return issue.state === "open" ? github.setIssueState(1, s.by, "closed") : undefined;
    case "reopen":
      return issue.state === "closed" ? github.setIssueState(1, "alice", "open") : undefined;
    case "comment": {
      if (!mayComment(s.who)) return;
      const c = await github.comment(1, s.who, s.text);
      if (s.who === "mallory") remember(c.id);
      return;
    }
    case "verify-flow":
      await github.comment(1, "alice", "/verify email");
      await github.settled();
      return perform(w, { kind: "right-code", who: "jbber", outside: false }, now, remember, mallorysComment, advance, codes);
    case "right-code": {
      let code: string;
      try {
        code = (await issueCode(probot, { owner: "registry", repo: "support", number: 1 }, verifier, now())).code;
      } catch {
        return; // no open case to issue a code for
      }
      codes.add(code);
      if (mayComment(s.who)) await github.comment(1, s.who, s.outside ? `the email says ${code}` : `/code ${code}`);
      return;
    }
    case "edit-comment": {
      const id = mallorysComment();
      if (id !== null && github.comments.has(id)) await github.editComment(id, "mallory", s.text);
      return;
    }
    case "push-branch": {
      const card = decodeState(github.thread(1).comments.find((c) => c.user.login === "recovery-triage[bot]")?.body ?? "");
      const repo = card?.factors.repo;
      if (repo) github.branches.add(`${repo.repo}:${repo.branch}`.toLowerCase());
      return;
    }
    case "lose":
      return github.loseNextWebhooks(s.count);
    case "flood":
      if (mayComment("mallory")) for (let i = 0; i < FLOOD; i++) await github.comment(1, "mallory", s.text);
      return;
    case "reorder": {
      github.loseNextWebhooks(1);
      await github.comment(1, "alice", s.first);
      const late = github.lastDelivery!;
      await github.comment(1, "alice", s.second);
      await github.settled();
      return github.redeliver(late);
    }
    case "duplicate":
      return github.lastDelivery ? github.redeliver(github.lastDelivery) : undefined;
    case "buried":
      if (!mayComment("mallory") || !mayComment(s.who)) return;
      for (let i = 0; i < FLOOD; i++) await github.comment(1, "mallory", "/verified mine");
      github.loseNextWebhooks(1);
      await github.comment(1, s.who, s.text);
      for (let i = 0; i < FLOOD; i++) await github.comment(1, "mallory", "any update?");
      return;
    case "crash":
      if (!mayComment(s.who)) return;
      github.crashAfterWrites(s.writes);
      await github.comment(1, s.who, s.text);
      return;
    case "planted":
      return plantedSweep(github, probot, now);
    case "sweep":
      advance(s.days);
      if (s.server) await w.instances[0]!.sweep();
      else await sweepWithNewDesk(probot, { verifier, now, registry: null, retry: UNPACED });
  }
}

/**
 * What anyone who can run a workflow could do: take the desk's real memory (the genuine ETags),
 * forge the card inside it as resolved, and put it back without the app's key. The run that reads
 * it must discard it and decide from what GitHub serves.
 */
async function plantedSweep(github: GitHubStandIn, probot: AppInstance["probot"], now: () => Date): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "planted-"));
  const key = memoryKey(github.appPrivateKey);
  const path = join(dir, "memory.json");
  try {
    const honest = new Desk(probot, { verifier, now, background: false, sweepIntervalMinutes: 0, retry: UNPACED });
    await sweepOneRepository(probot, honest, github.owner, github.repo);
    saveMemory(honest, path, now(), key);
    const sealed = JSON.parse(readFileSync(path, "utf8")) as { content: string };
    const forged = sealed.content.replace(/(status\\*":\\*")[a-z-]+/g, "$1resolved");
    writeFileSync(path, JSON.stringify({ ...sealed, content: forged }));
    const next = new Desk(probot, { verifier, now, background: false, sweepIntervalMinutes: 0, retry: UNPACED });
    expect(restoreMemory(next, path, key, now())).toBe(forged === sealed.content);
    await sweepOneRepository(probot, next, github.owner, github.repo);
    await next.queue.idle();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkInvariants(github: GitHubStandIn, before: number, s: Step, codes: Set<string>, now: Date, lost: boolean, owed: number): void {
  const { issue, comments } = github.thread(1);
  const byDesk = comments.filter((c) => c.user.login === "recovery-triage[bot]");
  // Every request has exactly one card.
  const cards = byDesk.filter((c) => hasStateMarker(c.body));
  expect(cards).toHaveLength(1);
  // Nothing is done twice: no comment gets two replies from the desk, whatever was redelivered, reordered or
  // crashed (an edit is a new act that may earn its own answer: edited and deleted comments are left out).
  const once = new Set(comments.filter((c) => !c.updated_at).map((c) => String(c.id)));
  const answers = byDesk
    .map((c) => /recovery-triage:reply \{[^}]*"re":(\d+)/.exec(c.body)?.[1])
    .filter((re) => re !== undefined && once.has(re));
  expect(answers.filter((re, i) => answers.indexOf(re) !== i)).toEqual([]);
  const state = decodeState(cards[0]!.body);
  expect(state).not.toBeNull();
  // Bot writes per comment stay bounded, whatever was lost and whoever floods.
  const writes = github.writes(before).length;
  const events =
    (s.kind === "verify-flow" || s.kind === "reorder" ? 2 : s.kind === "flood" ? FLOOD : s.kind === "buried" ? 2 * FLOOD + 1 : 1) + owed;
  if (writes > MAX_WRITES_PER_STEP * events) throw new Error(`${writes} writes for ${JSON.stringify(s)}`);
  // Until the sweep has run, a lost webhook's work may still be undone; after it, everything below holds.
  if (lost) return;
  // Nothing owed is left: every comment a door gives work is settled by the card's record or answered.
  expect(owedComments(github, false).map((c) => `${c.id}: ${c.comment.author}: ${c.comment.body.slice(0, 30)}`)).toEqual([]);
  // A verified or resolved case's factors were all proven for the account the body names now.
  const named = accountNamed({
    validation: validateRequest(parseRequest(issue.body, builtInForm), "pypi"),
    issue: { author: issue.user.login },
  });
  if (state!.binding) expect(sameAccount(state!.binding, named)).toBe(true);
  if (state!.status === "verified") expect(state!.binding).not.toBeNull();
  // Every factor and attestation was given after the account last changed: nothing proven for one account stands for another.
  const changed = [state!.accountReset?.at, state!.usernameChange?.at].filter((t): t is string => Boolean(t));
  const given = [state!.attestation?.at, state!.factors.email?.doneAt, state!.factors.repo?.doneAt].filter((t): t is string => Boolean(t));
  if (given.length > 0) expect(state!.binding).not.toBeNull();
  for (const at of given) for (const change of changed) expect(Date.parse(at)).toBeGreaterThanOrEqual(Date.parse(change));
  // No secret text appears in any comment the desk wrote.
  for (const c of byDesk) for (const secret of SECRETS) expect(c.body).not.toContain(secret);
  // Nothing anyone but a maintainer wrote holds a secret any more, nor does any comment hold a live code.
  for (const c of comments.filter((x) => x.user.login !== "alice")) for (const secret of SECRETS) expect(c.body).not.toContain(secret);
  expect(`${issue.title}\n${issue.body}`).not.toContain(TOKEN);
  const account = accountForCodes(state!, issue.user.login);
  if (account) {
    const ref = caseRef("registry/support", 1, account, state!.generation);
    const live = [...codes].filter(
      (code) => verifier.checkEmailCode(ref, code, now, 24, state!.factors.email?.usedStep ?? null).result === "ok",
    );
    for (const c of comments) for (const code of live) expect(c.body).not.toContain(code);
  }
}

/** The comments a door would still give work, by the card's record (`hidesNews`: counting news asks, as a queued case does). */
function owedComments(github: GitHubStandIn, hidesNews: boolean) {
  const comments = github.thread(1).comments;
  const state = decodeState(comments.find((c) => c.user.login === github.bot.login && hasStateMarker(c.body))?.body ?? "");
  if (!state) return [];
  const thread = comments.map((c) => ({ id: c.id, author: c.user.login, body: c.body, createdAt: c.created_at, updatedAt: c.updated_at }));
  const answered = readReplies(thread, github.bot.login).answered;
  return unprocessed(state.processed, threadOf(thread, github.bot.login, state.author, hidesNews)).filter((c) => !answered.includes(c.id));
}

describe("random event sequences keep the desk's invariants", () => {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  const check = (sequences: fc.Arbitrary<Step[]>, numRuns: number) =>
    fc.assert(
      fc.asyncProperty(fc.constantFrom(1, 2), sequences, (instances, steps) => play(instances, steps)),
      { numRuns, plugins: [fc.interruptAfterTimeLimit(RUN_LIMIT_MS)], ...(seed !== undefined ? { seed } : {}) },
    );

  it(
    "one card, bound verification, no echoed secret, bounded writes",
    () => check(lightSteps(14, 1), LIGHT_RUNS),
    RUN_LIMIT_MS + 2 * STEP_LIMIT_MS,
  );

  it(
    "the same through a flood of a passer-by and a command buried in one",
    () => check(flooded, FLOODED_RUNS),
    RUN_LIMIT_MS + 2 * STEP_LIMIT_MS,
  );
});
