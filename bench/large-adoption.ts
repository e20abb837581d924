// A large backlog adopted within GitHub's limits (`npm run bench -- large-adoption`): at GitHub's
// own numbers (80 writes a minute, 500 an hour, 900 REST points a minute) over a compressed clock
// — the desk's budget and the stand-in count the same minute and hour, shortened by
// LARGE_ADOPTION_TIME_SCALE (1/60: GitHub's hour passes in a minute) — so the eight or nine hours a
// backlog of 2,000 needs pass in minutes. In process (the harness's server, its sweep driven as the
// server's timer drives it: again when the budget has room), because only a benchmark may compress
// GitHub's clock; `npm run bench -- adoption` measures the real process in real time.
// Meanwhile a person files a new request every PERSON_EVERY_MINUTES of GitHub's time (5) and a
// maintainer puts it on hold: their writes are people's, the adoption's background.
// Reports: the time in GitHub's hours against the floor the hourly limit sets for every write made,
// writes per adopted request, refused writes and requests (the stand-in's count: must be 0), and
// how long people's requests took in GitHub's time (their card and their command's label).
import { hasStateMarker } from "../src/domain/case/state.js";
import { GITHUB_WRITE_LIMITS, hourlyFloorMinutes } from "../src/reliability/write-budget.js";
import { GITHUB_POINT_LIMITS } from "../src/reliability/point-budget.js";
import { INVALID_REQUEST, JBBER_REQUEST } from "../standin/demo-requests.js";
import { startHarness } from "../standin/harness.js";

const HOUR_MS = 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const named = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);
/** Waits for `done`, or fails naming `what` after `limitMs` (a benchmark that hangs says where). */
async function until(done: () => boolean, what: string, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`large adoption: ${what} did not come`);
    await sleep(5);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

export async function largeAdoption(
  backlog = Number(process.env.ADOPTION_BACKLOG ?? 2000),
  timeScale = 1 / Number(process.env.LARGE_ADOPTION_SPEEDUP ?? 60),
  personEveryMinutes = Number(process.env.PERSON_EVERY_MINUTES ?? 5),
): Promise<Record<string, unknown>> {
  const writeLimits = { ...GITHUB_WRITE_LIMITS, timeScale };
  const pointLimits = { ...GITHUB_POINT_LIMITS, windowMs: 60_000 * timeScale };
  const harness = await startHarness({
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain", bob: "write" },
    writeLimits,
    pointLimits,
    logLevel: "fatal",
  });
  const { github } = harness;
  // Filed while no desk listened (the webhooks lost): one in ten incomplete, one in ten the same
  // person again (a duplicate), one in ten another person for an earlier account (a conflict).
  github.loseNextWebhooks(2 * backlog); // each: opened, labeled
  for (let n = 1; n <= backlog; n++) {
    const kind = n % 10;
    const text = kind === 1 ? INVALID_REQUEST : kind === 2 ? named(`acct${n - 2}`) : kind === 3 ? named(`acct${n - 3}`) : named(`acct${n}`);
    const author = kind === 2 ? `user${n - 2}` : kind === 3 ? `other${n}` : `user${n}`;
    await github.openIssue(author, "Account recovery request", text, ["account-recovery"]);
  }
  const hasCard = (n: number) => github.thread(n).comments.some((c) => c.user.login.endsWith("[bot]") && hasStateMarker(c.body));
  const adopted = () => {
    let count = 0;
    for (let n = 1; n <= backlog; n++) if (hasCard(n)) count++;
    return count;
  };
  if (adopted() > 0) throw new Error("a backlog request reached the desk before its sweep");
  const githubMinutes = (ms: number) => ms / 60_000 / timeScale;
  const requestsBefore = github.requests.length;
  const started = performance.now();

  // People, meanwhile: a new request every few of GitHub's minutes, and a maintainer's /hold on it.
  let adopting = true;
  const cards: number[] = [];
  const holds: number[] = [];
  const people = (async () => {
    for (let i = 0; adopting; i++) {
      const issue = await github.openIssue(`newcomer${i}`, "Account recovery request", named(`fresh${i}`), ["account-recovery"]);
      let at = performance.now();
      await until(() => hasCard(issue.number), `the card of #${issue.number}`, HOUR_MS * timeScale);
      cards.push(githubMinutes(performance.now() - at) * 60);
      await github.comment(issue.number, "alice", "/hold");
      at = performance.now();
      await until(
        () => github.thread(issue.number).issue.labels.includes("recovery: on-hold"),
        `the hold of #${issue.number}`,
        HOUR_MS * timeScale,
      );
      holds.push(githubMinutes(performance.now() - at) * 60);
      if (process.env.LARGE_ADOPTION_DEBUG)
        console.error(`person ${i}: card ${cards.at(-1)!.toFixed(1)} s, hold ${holds.at(-1)!.toFixed(1)} s`);
      await sleep(personEveryMinutes * 60_000 * timeScale);
    }
  })();

  // The server's timer: a sweep, and again as soon as the budget has room for what it deferred.
  let sweeps = 0;
  while (adopted() < backlog) {
    const report = await harness.sweep(sweeps > 0);
    sweeps++;
    await github.settled();
    if (process.env.LARGE_ADOPTION_DEBUG) {
      const wait = report?.deferredUntil ? report.deferredUntil - Date.now() : null;
      console.error(
        `sweep ${sweeps}: cases ${report?.cases} writes ${report?.writes} deferred ${report?.deferred} wait ${wait} adopted ${adopted()}`,
      );
    }
    // The server's margin after the budget's moment (2 s), on the compressed clock.
    if (report?.deferredUntil) await sleep(Math.max(0, report.deferredUntil - Date.now()) + 2_000 * timeScale);
  }
  const elapsed = performance.now() - started;
  adopting = false;
  await people;
  await github.settled();
  const writes = github.writes(requestsBefore).length;
  const floor = hourlyFloorMinutes(writes, GITHUB_WRITE_LIMITS);
  const minutes = githubMinutes(elapsed);
  const result = {
    backlog,
    timeScale,
    personEveryMinutes,
    adopted: adopted(),
    sweeps,
    realSeconds: Math.round(elapsed / 100) / 10,
    githubMinutes: Math.round(minutes * 10) / 10,
    writes,
    writesPerRequest: Math.round((writes / (backlog + cards.length)) * 100) / 100,
    floorMinutes: Math.round(floor * 10) / 10,
    timesFloor: Math.round((minutes / floor) * 100) / 100,
    refusedWrites: github.pacing.windowRefusals + github.pacing.violations,
    refusedRequests: github.pacing.pointRefusals + github.pacing.concurrencyRefusals,
    // In GitHub's seconds: the compressed clock stretches the desk's own processing time 1/timeScale
    // times, so these are upper bounds — what they show is whether a person waited for the budget.
    people: {
      requests: cards.length,
      cardSecondsMedian: median(cards),
      cardSecondsMax: Math.max(...cards),
      holdSecondsMedian: median(holds),
      holdSecondsMax: Math.max(...holds),
    },
  };
  await harness.stop();
  return result;
}
