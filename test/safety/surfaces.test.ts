// The security doc's list of surfaces (docs/security.md), walked: a requester and a passer-by write a token, recovery codes
// and email addresses into every text they can (title, body, comments, an edit), over a public and
// a private repository; then every surface the desk writes or serves is read and held to what the
// list says may appear on it. A surface added to the list without a reader here fails the test.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { pino } from "pino";
import { hasStateMarker } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";
import { lineSink } from "../helpers/github-mock.js";

const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const CODES = ["3f9a1c0b7d2e4f60", "a01b2c3d4e5f6a7b", "9e8d7c6b5a493827", "0123456789abcdef"];
/** Fragments that may appear on no surface the desk writes or serves. */
const SECRETS = [TOKEN.slice(5, 40), ...CODES, "jbber.private", "gmail", "mallory.home"];
const PRIVATE_NAMES = ["hidden-org", "secret-support"];
/** The operator's own logs may name repositories (they are not served); every other surface may not name a private one. */
const never = (surface: string) => (surface === "logs" ? SECRETS : [...SECRETS, ...PRIVATE_NAMES]);

function surfacesInReadme(): string[] {
  const readme = readFileSync("docs/security.md", "utf8");
  const table = readme.slice(readme.indexOf("| surface | what may appear |"));
  return [...table.slice(0, table.indexOf("\n\n")).matchAll(/^ *\| ([^|]+?) \|/gm)]
    .map((m) => m[1]!)
    .filter((name) => name !== "surface" && !name.startsWith("---"));
}

interface World {
  harness: Harness;
  logs: string[];
}

async function world(options: { private: boolean }): Promise<World> {
  const { sink, lines: logs } = lineSink();
  const harness = await startHarness({
    ...(options.private ? { owner: "hidden-org", repo: "secret-support", private: true } : {}),
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "maintain" },
    log: pino({ level: "trace" }, sink),
  });
  const { github } = harness;
  const request = body("form-jbber").replace("Hello,", `Hello, my token is ${TOKEN} and my mail jbber.private＠gmail.com`);
  await github.openIssue("jbber", "Recovery — write to jbber.private at gmail dot com", request, ["account-recovery"]);
  await github.settled();
  await github.comment(1, "jbber", `these codes fail:\n${CODES.join("\n")}`);
  await github.comment(1, "jbber", "or mail me: jbber.private&#64;gmail.com");
  const passerBy = await github.comment(1, "mallory", "hello");
  await github.editComment(passerBy.id, "mallory", `try ${TOKEN}, or mallory.home@example.org`);
  await github.comment(1, "alice", "/verify email");
  await github.settled();
  await harness.sweep();
  await github.settled();
  return { harness, logs };
}

type Reader = (w: World) => Promise<string>;
const get = async (w: World, path: string) => {
  const response = await fetch(`${w.harness.appBase}${path}`);
  return `${response.status}\n${await response.text()}`;
};
const page = (w: World) => `/recovery-triage/${w.harness.github.owner}/${w.harness.github.repo}/`;
const READERS: Record<string, Reader> = {
  card: async (w) => w.harness.github.thread(1).comments.find((c) => hasStateMarker(c.body))!.body,
  replies: async (w) =>
    w.harness.github
      .thread(1)
      .comments.filter((c) => c.user.type === "Bot" && !hasStateMarker(c.body))
      .map((c) => c.body)
      .join("\n"),
  // The requester's text stays theirs, less what the desk removed: checked below for what was removed.
  "issue text": async (w) => {
    const { issue, comments } = w.harness.github.thread(1);
    return [issue.title, issue.body, ...comments.filter((c) => c.user.type !== "Bot").map((c) => c.body)].join("\n");
  },
  "reviewers' page": async (w) => `${await get(w, page(w))}\n${await get(w, `${page(w)}cases/1`)}\n${await get(w, "/recovery-triage/")}`,
  "report.json": (w) => get(w, `${page(w)}report.json`),
  "/metrics": (w) => get(w, "/metrics"),
  "/health": (w) => get(w, "/health"),
  logs: async (w) => w.logs.join(""),
};

let open: World;
let hidden: World;
beforeAll(async () => {
  open = await world({ private: false });
  hidden = await world({ private: true });
}, 60_000);
afterAll(async () => {
  await open?.harness.stop();
  await hidden?.harness.stop();
});

describe("every surface the desk writes or serves", () => {
  it("docs/security.md lists them all, and each has a reader here", () => {
    expect(surfacesInReadme().sort()).toEqual(Object.keys(READERS).sort());
  });

  for (const surface of surfacesInReadme()) {
    it(`${surface}: nothing secret, no address, nothing of a private repository`, async () => {
      for (const w of [open, hidden]) {
        const text = await READERS[surface]!(w);
        expect(text.length).toBeGreaterThan(0);
        for (const fragment of never(surface)) expect(text).not.toContain(fragment);
      }
    });
  }

  it("issue text: what was removed says so", async () => {
    const text = await READERS["issue text"]!(open);
    expect(text).toContain("[redacted]");
    expect(text).toContain("[email-address-removed]");
  });

  it("/health: ok, unreachable or not configured, and nothing else", async () => {
    const json = JSON.parse((await READERS["/health"]!(open)).split("\n").slice(1).join("\n")) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(["github", "ok", "redis"]);
    expect(["ok", "unreachable"]).toContain(json.github);
    expect(json.redis).toBe("not configured");
  });

  it("the private repository's page and report are not served at all", async () => {
    expect((await READERS["report.json"]!(hidden)).startsWith("404")).toBe(true);
    expect(await READERS["reviewers' page"]!(hidden)).not.toMatch(/^200/);
  });
});
