// One redaction for every field and every surface: people paste what they have, and the username
// field is where they paste it. Each kind of secret and address is planted in the username field
// (and an address with a dotted local part in the reason), through signed webhooks; then every
// surface is read — the card, the replies, the request as it stays, the reviewers' page,
// report.json, the logs — and the dry run's outputs (`--json`, `--cards`) as an admin runs it.
// None may echo what the desk removes; the card says what kind of thing was there.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { pino } from "pino";
import { hasStateMarker } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";
import { lineSink } from "../helpers/github-mock.js";

const exec = promisify(execFile);
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";

/** What is planted, where, the fragments no surface may show, and what the card must say instead. */
const PLANTED = [
  { what: "an API token", field: TOKEN, never: [TOKEN.slice(5, 40)], says: "looks like an API token — it has been removed" },
  {
    what: "recovery codes",
    field: "3f9a1c0b7d2e4f60 a01b2c3d4e5f6a7b",
    never: ["3f9a1c0b7d2e4f60", "a01b2c3d4e5f6a7b"],
    says: "looks like a recovery code — it has been removed",
  },
  { what: "one recovery code", field: "`9e8d7c6b5a493827`", never: ["9e8d7c6b5a493827"], says: "looks like a recovery code" },
  {
    what: "a TOTP secret",
    field: "JBSWY3DPEHPK3PXQJBSWY3DPEHPK3PXQ",
    never: ["JBSWY3DPEHPK3PXQ"],
    says: "looks like a two-factor (TOTP) secret",
  },
  {
    what: "an address spelled out",
    field: "jdoe.private at gmail dot com",
    never: ["jdoe.private", "gmail"],
    says: "holds an email address",
  },
  { what: "an address", field: "jdoe.private@example.org", never: ["jdoe.private", "example.org"], says: "holds an email address" },
] as const;
const REASON_ADDRESS = "first.last at gmail dot com";

let harness: Harness;
let logs: string[];
let dir: string;
let dryJson = "";
let dryCards = "";

beforeAll(async () => {
  const sink = lineSink();
  logs = sink.lines;
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "maintain" },
    log: pino({ level: "trace" }, sink.sink),
  });
  const { github } = harness;
  for (const [n, planted] of PLANTED.entries()) {
    const text = body("form-jbber")
      .replace(/^jbber$/m, planted.field)
      .replace("Hello,", `Hello, write to ${REASON_ADDRESS}.`);
    await github.openIssue(`user${n}`, "Account recovery request", text, ["account-recovery"]);
    await github.settled();
  }
  // The dry run as an admin runs it, over the same requests with the app's webhooks as they were.
  dir = mkdtempSync(join(tmpdir(), "username-field-"));
  const run = await exec(
    process.execPath,
    [resolve("lib/cli/main.js"), "dry-run", `${github.owner}/${github.repo}`, "--json", "--cards", join(dir, "cards")],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        GHE_HOST: github.host,
        GHE_PROTOCOL: "http",
        APP_ID: String(github.appId),
        PRIVATE_KEY: github.appPrivateKey,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  dryJson = `${run.stdout}\n${run.stderr}`;
  dryCards = readdirSync(join(dir, "cards"))
    .map((f) => readFileSync(join(dir, "cards", f), "utf8"))
    .join("\n");
}, 120_000);

afterAll(async () => {
  await harness?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const thread = (n: number) => harness.github.thread(n);
const card = (n: number) => thread(n).comments.find((c) => hasStateMarker(c.body))!.body;
const get = async (path: string) => (await fetch(`${harness.appBase}${path}`)).text();
const page = () => `/recovery-triage/${harness.github.owner}/${harness.github.repo}/`;

describe.each(PLANTED.map((p, i) => [p.what, p, i + 1] as const))("%s in the username field", (_what, planted, n) => {
  it("the card says what kind of thing was there, never the thing", () => {
    const text = card(n);
    expect(text).toContain(planted.says);
    for (const fragment of planted.never) expect(text).not.toContain(fragment);
    expect(text).toContain("| Account | not given yet |");
  });

  it("no surface echoes it: replies, the request as it stays, the page, report.json, logs, the dry run", async () => {
    const surfaces = {
      replies: thread(n)
        .comments.filter((c) => c.user.type === "Bot")
        .map((c) => c.body)
        .join("\n"),
      request: `${thread(n).issue.title}\n${thread(n).issue.body}`,
      page: `${await get(page())}\n${await get(`${page()}cases/${n}`)}`,
      "report.json": await get(`${page()}report.json`),
      logs: logs.join(""),
      "dry run --json": dryJson,
      "dry run --cards": dryCards,
    };
    for (const [surface, text] of Object.entries(surfaces))
      for (const fragment of [...planted.never, "first.last"])
        expect({ surface, leaks: text.includes(fragment) }).toEqual({ surface, leaks: false });
  });
});
