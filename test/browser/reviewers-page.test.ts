// The reviewers' page in a real browser (Debian's Chromium): the real app against the stand-ins
// with three dozen cases at every stage, checked for its numbers, its accessibility markup, no
// console error, no request beyond the app's own server, and no GitHub request per view.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Browser, Page } from "puppeteer-core";
import { RegistryClient } from "../../src/features/evidence/registry-client.js";
import { COMPRESSED_TIME, startHarness, type Harness } from "../../standin/harness.js";
import type { RegistryStandIn } from "../../standin/registry-standin.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { launchBrowser } from "../helpers/browser.js";
import { body } from "../helpers/fixtures.js";
import { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../helpers/registry-world.js";

const DAY = 86_400_000;
let clock = Date.parse("2026-09-01T09:00:00Z");
let harness: Harness;
let registry: RegistryStandIn;
let browser: Browser;

/** jbber0…jbberN: each an account the registry knows (no projects), so every request is valid unless broken on purpose. */
const request = (n: number) => body("form-jbber").replace(/^jbber$/m, `user${n}`);
/** user4's request is written in Spanish: the page shows the language the desk detected. */
const SPANISH =
  "Hola, perdí mi teléfono, donde tenía la aplicación de autenticación de dos factores, y ya no puedo iniciar sesión en mi " +
  "cuenta. Tampoco guardé los códigos de recuperación. ¿Cómo puedo recuperar el acceso? Muchas gracias.";
const inSpanish = (text: string) => text.replace(/(### Reason for request\n\n)[^]*?(\n\n### )/, `$1${SPANISH}$2`);

beforeAll(async () => {
  registry = registryWorld();
  for (let n = 0; n < 36; n++) registry.addAccount(`user${n}`, []);
  const url = await registry.start();
  harness = await startHarness({
    ...COMPRESSED_TIME,
    files: { ".github/recovery-triage.yml": registryConfig(url).replace("reviewers: [alice]", "reviewers: [alice, bob, carol]") },
    roles: { alice: "maintain", bob: "write", carol: "write" },
    repositories: WORLD_REPOSITORIES,
    registry: new RegistryClient(),
    trusted: registry.trust(),
    verifier: new Verifier("page-test-secret-0123456789"),
    now: () => new Date(clock),
  });
  const { github } = harness;
  attestWith(registry, github);
  // 36 requests, one a day; every 6th needs information; some are verified by the reviewer, decided or put on hold.
  for (let n = 0; n < 36; n++) {
    clock += DAY;
    await github.openIssue(`person${n}`, "Account recovery request", n % 6 === 5 ? "help" : n === 4 ? inSpanish(request(n)) : request(n), [
      "account-recovery",
    ]);
    await github.settled();
  }
  for (const [n, command] of [
    [1, "/approve force verified by a signed email"],
    [2, "/approve force verified by a signed email"],
    [3, "/deny the account belongs to someone else"],
    [4, "/verify email"],
    [7, "/hold waiting for the registry's admins"],
    [8, "/verified confirmed by the registry's admins"],
  ] as const) {
    clock += DAY / 4;
    await github.comment(n, "alice", command);
    await github.settled();
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
  await registry?.stop();
});

async function open(path: string): Promise<{ page: Page; errors: string[]; external: string[]; status: number; csp: string }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => !r.url().startsWith(harness.appBase) && external.push(r.url()));
  const response = await page.goto(`${harness.appBase}${path}`, { waitUntil: "networkidle0" });
  return { page, errors, external, status: response!.status(), csp: response!.headers()["content-security-policy"] ?? "" };
}

const cells = (page: Page, caption: string) =>
  page.$$eval(
    "table",
    (tables, wanted) =>
      tables
        .filter((t) => t.caption?.textContent === wanted)
        .flatMap((t) => [...t.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()))),
    caption,
  );

describe("the reviewers' page", () => {
  it("counts the cases per status, lists those waiting on a reviewer oldest first, and each reviewer's load", async () => {
    const before = harness.github.requests.length;
    const { page, errors, external, status, csp } = await open("/recovery-triage/registry/support/");
    expect(status).toBe(200);
    expect(csp).toContain("default-src 'none'");
    // Building the page asks GitHub once whether the repository is still public; views of the built page cost nothing.
    expect(harness.github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /repos/registry/support"]);
    const built = harness.github.requests.length;
    await open("/recovery-triage/registry/support/");
    expect(harness.github.requests.length).toBe(built);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);

    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Recovery desk: registry/support");
    expect(await cells(page, "Cases by status")).toEqual([
      ["In the queue — waiting for a reviewer to start", "24"],
      ["Needs information — waiting on the requester", "6"],
      ["Verifying ownership — waiting on the requester's proof", "1"],
      ["Verified — waiting for the reviewer's decision", "1"],
      ["On hold — paused by a maintainer", "1"],
      ["Approved — closed", "2"],
      ["Denied — closed", "1"],
    ]);
    // In triage or verified (the reviewer decides next); not needs-info, verifying (the requester acts) or on hold.
    const waiting = await cells(page, "Cases whose next step is a reviewer's");
    expect(waiting).toHaveLength(25);
    // Each row names its account and links to its issue on GitHub.
    expect(waiting[0]!.slice(0, 4)).toEqual([
      "#5 Account recovery request (on GitHub)",
      "user4",
      "Español (Spanish) — detected",
      "In the queue — waiting for a reviewer to start",
    ]);
    expect(waiting[1]![2]).toBe("English");
    expect(await page.$eval("table a[href*='/issues/5']", (a) => a.getAttribute("href"))).toMatch(/\/registry\/support\/issues\/5$/);
    expect(waiting.map((r) => Number(r[4]))).toEqual([...waiting.map((r) => Number(r[4]))].sort((a, b) => b - a));
    expect(waiting[0]![6]).toBe("the account exists and has no projects (no repository challenge needed)");
    const reviewers = await cells(page, "Open cases per reviewer");
    expect(reviewers.map((r) => r[0]).sort()).toEqual(["alice", "bob", "carol"]);
    // Every open case but the six waiting for information (they get a reviewer once complete).
    expect(reviewers.reduce((n, r) => n + Number(r[1]), 0)).toBe(27);
  });

  it("measures speed and draws decisions per week as an accessible chart with the same numbers in a table", async () => {
    const { page } = await open("/recovery-triage/registry/support/");
    const speed = await cells(page, "Median and 90th percentile, for cases measured in the last 30 and 90 days");
    expect(speed.map((r) => [r[0], r[3], r[6]])).toEqual([
      ["Time to the first reviewer action", "6", "6"],
      ["Time to a decision", "3", "3"],
    ]);
    const weeks = await cells(page, "Decisions per week (the chart's numbers)");
    expect(weeks).toHaveLength(12);
    expect(weeks.reduce((n, w) => n + Number(w[1]) + Number(w[2]), 0)).toBe(3);
    // What reviewers ask first: how many were waiting at each week's end, drawn as a line too.
    expect(weeks.every((w) => w.length === 5 && Number.isInteger(Number(w[3])))).toBe(true);
    expect(Number(weeks.at(-1)![3])).toBeGreaterThan(0);
    expect(await page.$eval("svg polyline.waiting", (l) => l.getAttribute("points")!.split(" ").length)).toBe(12);
    expect(await page.$eval("svg", (s) => [s.getAttribute("role"), s.querySelector("title")?.textContent])).toEqual([
      "img",
      "Decisions per week, last 12 weeks",
    ]);
    expect(await page.$$eval("th[scope=col]", (ths) => ths.length)).toBeGreaterThan(10);
    // Readable on a phone: nothing wider than the screen but the scrolling tables.
    await page.setViewport({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (process.env.UPDATE_SCREENSHOT) {
      await page.setViewport({ width: 1000, height: 800 });
      await page.screenshot({ path: "docs/reviewers-page.png", fullPage: true });
    }
  });

  it("shows a case's full trail with the reason for every entry; private or unknown repositories are not found", async () => {
    const { page, errors } = await open("/recovery-triage/registry/support/cases/3");
    expect(errors).toEqual([]);
    const trail = await cells(page, "The case's trail");
    expect(trail.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["person2", "In the queue — waiting for a reviewer to start", "intake: valid; reviewer alice (round-robin)"],
      ["alice", "Denied — closed", "command /deny (as maintainer)"],
    ]);
    expect((await open("/recovery-triage/someone/else/")).status).toBe(404);
    expect((await open("/recovery-triage/registry/support/cases/999")).status).toBe(404);
  });
});
