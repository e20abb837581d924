// The Actions entry point's parts that do not need a runner: the runner's variables read, the
// desk's memory kept between runs (and a bad file costing nothing but requests), the static page.
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memoryKey, restoreMemory, saveMemory } from "../../src/actions/memory.js";
import { appEnv, readRunnerEvent, RunnerEnvError } from "../../src/actions/runner-env.js";
import { writeSite } from "../../src/features/page/site.js";
import type { Desk } from "../../src/spine/service.js";
import { ConditionalCache } from "../../src/github/conditional-cache.js";
import { CaseRecords } from "../../src/memory/case-records.js";
import { RegistryClient } from "../../src/features/evidence/registry-client.js";
import { OwnershipEvidence } from "../../src/features/evidence/feature.js";
import { publicGoodTrust } from "../../src/features/evidence/trust-root.js";
import { CONTENT_SECURITY_POLICY } from "../../src/domain/report/html.js";
import { config, NOW } from "../helpers/cases.js";
import { newCaseState } from "../../src/domain/case/state.js";

const memoryOf = () => {
  const evidence = new OwnershipEvidence(new RegistryClient(undefined, () => NOW.getTime()), publicGoodTrust, () => NOW);
  return { conditional: new ConditionalCache(), records: new CaseRecords(), evidence, features: { evidence } };
};
const asDesk = (m: ReturnType<typeof memoryOf>) => m as unknown as Desk;
const FIELDS = { author: "jbber", username: "jbber", testInstance: false, problems: [], queueAhead: 0 };
const dir = () => mkdtempSync(join(tmpdir(), "actions-unit-"));

describe("the runner's variables", () => {
  it("an issues event with its payload; schedule and workflow_dispatch are sweeps; the run and attempt make the delivery", () => {
    const d = dir();
    writeFileSync(join(d, "e.json"), JSON.stringify({ action: "opened", issue: { number: 3 } }));
    const env = {
      GITHUB_EVENT_NAME: "issues",
      GITHUB_EVENT_PATH: join(d, "e.json"),
      GITHUB_REPOSITORY: "o/r",
      GITHUB_RUN_ID: "9",
      GITHUB_RUN_ATTEMPT: "2",
    };
    expect(readRunnerEvent(env)).toMatchObject({ kind: "webhook", name: "issues", owner: "o", repo: "r", delivery: "actions-9-2" });
    expect(readRunnerEvent({ ...env, GITHUB_EVENT_NAME: "schedule" }).kind).toBe("sweep");
    expect(readRunnerEvent({ ...env, GITHUB_EVENT_NAME: "workflow_dispatch", GITHUB_EVENT_PATH: "" }).kind).toBe("sweep");
    expect(() => readRunnerEvent({ ...env, GITHUB_EVENT_NAME: "pull_request_target" })).toThrow(RunnerEnvError);
    expect(() => readRunnerEvent({ ...env, GITHUB_REPOSITORY: "" })).toThrow("GITHUB_REPOSITORY is not set");
    expect(() => readRunnerEvent({ ...env, GITHUB_EVENT_PATH: join(d, "missing.json") })).toThrow("cannot be read");
  });

  it("GitHub's address from GITHUB_API_URL: github.com as is, an Enterprise Server's host; no timers; quiet logs", () => {
    expect(appEnv({ GITHUB_API_URL: "https://api.github.com" })).toEqual({
      GITHUB_API_URL: "https://api.github.com",
      LOG_LEVEL: "warn",
      SWEEP_INTERVAL_MINUTES: "0",
    });
    expect(appEnv({ GITHUB_API_URL: "https://ghe.example.org/api/v3", SWEEP_INTERVAL_MINUTES: "60" })).toMatchObject({
      GHE_HOST: "ghe.example.org",
      GHE_PROTOCOL: "https",
      SWEEP_INTERVAL_MINUTES: "0",
    });
  });
});

describe("the desk's memory between runs", () => {
  const KEY = memoryKey("-----BEGIN PRIVATE KEY-----the app's key-----END PRIVATE KEY-----");

  it("what one run saves, the next restores", () => {
    const path = join(dir(), "m", "memory.json");
    const first = memoryOf();
    first.conditional.set("GET /repos/o/r/issues/1", 'W/"e1"', { number: 1 });
    first.evidence.checked.set("o/r#1:jbber:false", 123);
    first.records.record("o/r", true, { number: 1, title: "Account recovery request", state: newCaseState(FIELDS) }, config(), NOW);
    expect(saveMemory(asDesk(first), path, NOW, KEY)).toBeGreaterThan(0);
    const next = memoryOf();
    expect(restoreMemory(asDesk(next), path, KEY, NOW)).toBe(true);
    expect(next.conditional.get("GET /repos/o/r/issues/1")).toEqual({ etag: 'W/"e1"', data: { number: 1 } });
    expect(next.evidence.checked.get("o/r#1:jbber:false")).toBe(123);
    expect(next.records.publicCases("o/r")?.cases.map((c) => c.number)).toEqual([1]);
  });

  it("a missing, corrupt or other version's file loads nothing (it costs requests, never correctness)", () => {
    const d = dir();
    const fresh = memoryOf();
    expect(restoreMemory(asDesk(fresh), join(d, "none.json"), KEY, NOW)).toBe(false);
    writeFileSync(join(d, "bad.json"), "{not json");
    expect(restoreMemory(asDesk(fresh), join(d, "bad.json"), KEY, NOW)).toBe(false);
    writeFileSync(join(d, "old.json"), JSON.stringify({ version: 1, conditional: [["k", { etag: "x", data: 1 }]] }));
    expect(restoreMemory(asDesk(fresh), join(d, "old.json"), KEY, NOW)).toBe(false);
    expect(fresh.conditional.get("k")).toBeUndefined();
  });

  it("a planted file is discarded whole: forged content, a MAC under another key, or no key at all", () => {
    const path = join(dir(), "memory.json");
    const first = memoryOf();
    first.conditional.set("o/r#1:comments", 'W/"genuine"', [{ id: 5, body: "the card" }]);
    saveMemory(asDesk(first), path, NOW, KEY);
    // The genuine ETag with a forged thread (a forged hidden state on the card), the MAC left as it was.
    const sealed = JSON.parse(readFileSync(path, "utf8")) as { content: string; mac: string };
    const forged = sealed.content.replace("the card", 'forged <!-- recovery-triage:state v1 {\\"status\\":\\"verified\\"} -->');
    expect(forged).not.toBe(sealed.content);
    writeFileSync(path, JSON.stringify({ ...sealed, content: forged }));
    const next = memoryOf();
    expect(restoreMemory(asDesk(next), path, KEY, NOW)).toBe(false);
    expect(next.conditional.get("o/r#1:comments")).toBeUndefined();
    // Sealed by someone with another key (a fork's app, an attacker's own): refused too.
    saveMemory(asDesk(first), path, NOW, memoryKey("another key"));
    expect(restoreMemory(asDesk(next), path, KEY, NOW)).toBe(false);
    // Without the app's key nothing is saved or believed.
    expect(saveMemory(asDesk(first), join(dir(), "none.json"), NOW, null)).toBe(0);
    saveMemory(asDesk(first), path, NOW, KEY);
    expect(restoreMemory(asDesk(next), path, null, NOW)).toBe(false);
  });

  it("a file or an entry dated in the future is invalid: it would stay fresh forever", () => {
    const path = join(dir(), "memory.json");
    const later = new Date(NOW.getTime() + 86_400_000);
    saveMemory(asDesk(memoryOf()), path, later, KEY);
    expect(restoreMemory(asDesk(memoryOf()), path, KEY, NOW)).toBe(false);
    const first = memoryOf();
    first.evidence.registry.load([["https://pypi.org/pypi/x/json", { status: 404, body: "", etag: null, at: later.getTime() }]]);
    first.evidence.publicAnswers.load([["users/x", { etag: null, data: null, at: later.getTime() }]]);
    expect(first.evidence.registry.dump()).toEqual([]);
    expect(first.evidence.publicAnswers.dump()).toEqual([]);
    first.evidence.publicAnswers.load([["users/y", { etag: null, data: null, at: NOW.getTime() }]]);
    expect(first.evidence.publicAnswers.dump().map(([k]) => k)).toEqual(["users/y"]);
  });

  it("nothing the desk would redact is written: an answer holding a token or an address stays in this run only", () => {
    const path = join(dir(), "memory.json");
    const first = memoryOf();
    const token = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
    first.conditional.set("o/r#1", 'W/"a"', { number: 1, body: `### PyPI Username\n\nme@example.org\n` });
    first.conditional.set("o/r#2:comments", 'W/"b"', [{ id: 9, body: `my token ${token}` }]);
    first.conditional.set("o/r#3", 'W/"c"', { number: 3, body: "### PyPI Username\n\njbber\n" });
    saveMemory(asDesk(first), path, NOW, KEY);
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain("me@example.org");
    expect(text).not.toContain(token);
    const next = memoryOf();
    restoreMemory(asDesk(next), path, KEY, NOW);
    expect(next.conditional.dump().map(([k]) => k)).toEqual(["o/r#3"]);
  });
});

describe("kept answers after the desk writes", () => {
  it("a deleted or rewritten comment, and an issue the desk updated, are not kept as their old answer", () => {
    const cache = new ConditionalCache();
    cache.set("o/r#1:comments", 'W/"t"', [
      { id: 7, body: "a" },
      { id: 8, body: "b" },
    ]);
    cache.set("o/r#2:comments", 'W/"u"', [{ id: 9, body: "c" }]);
    cache.forgetComment(8);
    expect(cache.get("o/r#1:comments")).toBeUndefined();
    expect(cache.get("o/r#2:comments")).toBeDefined();
  });
});

describe("the reviewers' page as a static site", () => {
  it("the same page with its Content-Security-Policy as a meta element, a page per case, report.json; nothing for a private repository", () => {
    const records = new CaseRecords();
    records.record(
      "o/r",
      true,
      { number: 4, title: "Account recovery request", state: { ...newCaseState(FIELDS), status: "triage", reviewer: "alice" } },
      config(),
      NOW,
    );
    records.record("o/private", false, { number: 1, title: "x", state: newCaseState(FIELDS) }, config(), NOW);
    const site = dir();
    expect(writeSite(records, "o/r", site, NOW)?.repository).toBe("o/r");
    const index = readFileSync(join(site, "index.html"), "utf8");
    expect(index).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "&#39;")}">`);
    expect(index).toContain('href="cases/4/"');
    expect(readFileSync(join(site, "cases/4/index.html"), "utf8")).toContain("Content-Security-Policy");
    expect(JSON.parse(readFileSync(join(site, "report.json"), "utf8")).repository).toBe("o/r");
    const hidden = dir();
    expect(writeSite(records, "o/private", join(hidden, "site"), NOW)).toBeNull();
    expect(existsSync(join(hidden, "site"))).toBe(false);
  });
});
