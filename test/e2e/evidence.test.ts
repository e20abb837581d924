// Ownership evidence end to end: the real app against the GitHub stand-in and a registry stand-in,
// driven through signed webhooks. The card's Evidence section, both labels, the account that does
// not exist, every registry failure, the sweep's retry and refresh, /evidence, hostile metadata.
import { afterEach, describe, expect, it } from "@jest/globals";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { decodeState } from "../../src/domain/case/state.js";
import { RegistryClient } from "../../src/features/evidence/registry-client.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import type { RegistryStandIn } from "../../standin/registry-standin.js";
import { body } from "../helpers/fixtures.js";
import { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../helpers/registry-world.js";

let harness: Harness | null = null;
let registry: RegistryStandIn | null = null;
let client: RegistryClient;

afterEach(async () => {
  await harness?.stop();
  await registry?.stop();
  harness = registry = null;
});

async function start(extraConfig = "", world = registryWorld()): Promise<Harness> {
  registry = world;
  const url = await registry.start();
  client = new RegistryClient();
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": registryConfig(url, extraConfig) },
    roles: { alice: "write" },
    repositories: WORLD_REPOSITORIES,
    registry: client,
    trusted: registry.trust(),
  });
  attestWith(registry, harness.github);
  return harness;
}

const requestFor = (username: string) => body("form-jbber").replace(/^jbber$/m, username);
const card = (h: Harness, n = 1) => h.github.thread(n).comments[0]!.body;
const sweep = (h: Harness) => sweepWithNewDesk(h.probot, { verifier: null, registry: client, trusted: registry!.trust() });

describe("ownership evidence on the card", () => {
  it("shows the reviewer each project, its repository, the link's source and the requester's tie, labels strong evidence, suggests the challenge", async () => {
    const h = await start();
    const before = h.github.requests.length;
    await h.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await h.github.settled();
    const { issue } = h.github.thread(1);
    expect(issue.labels).toEqual(["account-recovery", "recovery: triage", "recovery: strong-evidence"]);
    const text = card(h);
    expect(text).toContain("<details><summary>Evidence for reviewers: 2 projects; strong:");
    expect(text).toContain("| `tinyfmt` | Owner | `jbber/tinyfmt` | Trusted Publisher ✓ `release.yml` | ✓ owns it | 2019-05-02 |");
    expect(text).toContain(
      "| `bigorg-tools` | Maintainer (shared with 1 other: weak) | `bigorg/tools` | project URL (weak: set by the publisher) | has commits there (weak) |",
    );
    expect(text).toContain("**Suggested challenge:** `/verify repo jbber/tinyfmt`");
    // Evidence costs no extra write: the card and one issue update, as for any new request.
    expect(h.github.writes(before)).toHaveLength(2);
    expect(registry!.requests).toHaveLength(1 + 2 * 2);
  });

  it("labels an account that owns nothing as the fast path, and removes the label when the request names another account", async () => {
    const h = await start();
    await h.github.openIssue("jbber", "Account recovery request", requestFor("empty-account"), ["account-recovery"]);
    await h.github.settled();
    expect(h.github.thread(1).issue.labels).toContain("recovery: no-projects");
    expect(card(h)).toContain("the account exists and has no projects (no repository challenge needed)");
    await h.github.editIssueBody(1, "jbber", body("form-jbber"));
    await h.github.settled();
    expect(h.github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage", "recovery: strong-evidence"]);
  });

  it("an account the registry does not have is a problem the requester fixes in seconds", async () => {
    const h = await start();
    await h.github.openIssue("jbber", "Account recovery request", requestFor("jbbr"), ["account-recovery"]);
    await h.github.settled();
    expect(h.github.thread(1).issue.labels).toContain("recovery: needs-info");
    expect(card(h)).toContain("We could not find a PyPI account named `jbbr`. Check the spelling");
    expect(decodeState(card(h))!.problems).toEqual([{ code: "account-not-found", name: "jbbr", testInstance: false }]);
    await h.github.editIssueBody(1, "jbber", body("form-jbber"));
    await h.github.settled();
    expect(h.github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage", "recovery: strong-evidence"]);
    expect(card(h)).not.toContain("We could not find");
  });
});

describe("an attestation is evidence only when it verifies to the end", () => {
  const faults = [
    "wrong-key",
    "other-digest",
    "other-workflow",
    "other-issuer",
    "no-log-entry",
    "entered-after-expiry",
    "bad-inclusion-proof",
    "untrusted-log",
  ] as const;
  it.each(faults)("(%s) the Trusted Publisher shows without ✓, its ids unchecked, and earns no strong evidence", async (fault) => {
    const world = registryWorld();
    world.projects.get("tinyfmt")!.publisher!.fault = fault;
    const h = await start("", world);
    await h.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await h.github.settled();
    expect(h.github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
    expect(card(h)).toContain(
      "| `tinyfmt` | Owner | `jbber/tinyfmt` (no verified attestation: its ids could not be checked) | Trusted Publisher `release.yml` |",
    );
    expect(card(h)).not.toContain("Trusted Publisher ✓");
  });
});

describe("when the registry fails", () => {
  for (const mode of ["down", "slow", "rate-limited", "nonsense"] as const) {
    it(`(${mode}) intake makes the same writes as ever, the card says evidence is not available yet, and the sweep tries again`, async () => {
      // A budget a loaded test machine can keep when the registry answers again (the registry, the desk and
      // the test share one busy process: half a second once failed the sweep under a full `npm test`);
      // slow answers (3 s) still time out.
      const h = await start("  budget_seconds: 8\n  request_timeout_seconds: 2\n");
      registry!.mode = mode;
      registry!.slowMs = 3000;
      const before = h.github.requests.length;
      await h.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
      await h.github.settled();
      expect(h.github.writes(before)).toHaveLength(2);
      expect(h.github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
      expect(card(h)).toContain("Evidence for reviewers: not available yet: PyPI did not answer in time (the desk tries again)");
      registry!.mode = "ok";
      await sweep(h);
      await h.github.settled();
      expect(h.github.thread(1).issue.labels).toContain("recovery: strong-evidence");
      expect(card(h)).toContain("**Suggested challenge:** `/verify repo jbber/tinyfmt`");
    });
  }
});

describe("keeping it fresh", () => {
  it("a sweep that finds the same evidence writes nothing; /evidence from a maintainer gathers it again, from anyone else it is refused", async () => {
    const h = await start();
    await h.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await h.github.settled();
    const before = h.github.requests.length;
    expect((await sweep(h)).writes).toBe(0);
    expect(h.github.writes(before)).toHaveLength(0);

    // The project changes publisher on the registry: the day's cache hides it from events and sweeps…
    registry!.projects.get("tinyfmt")!.publisher = { repository: "someone/fork" };
    await h.github.comment(1, "mallory", "/evidence");
    await h.github.settled();
    expect(card(h)).toContain("Trusted Publisher ✓ `release.yml`");
    expect(h.github.thread(1).comments.at(-1)!.body).toContain("can only be run by the desk's maintainers");
    // …and a maintainer's /evidence asks again (with ETags: what did not change costs a 304).
    const asked = registry!.requests.length;
    await h.github.comment(1, "alice", "/evidence");
    await h.github.settled();
    const again = registry!.requests.slice(asked);
    expect(again.filter((r) => !r.conditional).map((r) => r.path)).toEqual([
      "/integrity/bigorg-tools/2.0/bigorg_tools-2.0.tar.gz/provenance",
    ]);
    expect(card(h)).toContain("| `jbber/tinyfmt` | project URL (weak: set by the publisher) | ✓ owns it |");
    // A publisher GitHub has no repository for is gone (or private): shown, never ticked.
    expect(card(h)).toContain(
      "`someone/fork` ⚠ not the repository that published: it is gone or was replaced | Trusted Publisher `release.yml`",
    );
    expect(h.github.thread(1).issue.labels).not.toContain("recovery: strong-evidence");
  });
});

describe("hostile metadata", () => {
  it("is never echoed unneutralised: names that break the rules are dropped, the rest shown as code", async () => {
    const world = registryWorld();
    world.addAccount("jbber", ["tinyfmt", "evil"]);
    world.addProject("evil", {
      roles: [{ user: "jbber", role: "Owner" }],
      releases: [],
      raw: {
        info: {
          name: "@everyone <!-- -->",
          version: "1.0",
          project_urls: { "x](javascript:alert(1))": "https://github.com/evil/`|x|`", ok: "https://github.com/evil/ok-repo" },
        },
        urls: [{ filename: "evil-1.0.tar.gz", upload_time_iso_8601: "2024-01-01T00:00:00Z" }],
        ownership: { roles: [{ user: "jbber", role: "Owner\n| injected |" }] },
      },
    });
    const h = await start("", world);
    await h.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await h.github.settled();
    const text = card(h);
    expect(text).toContain("| `evil` | not reported | `evil/ok-repo` |");
    expect(text).not.toContain("@everyone");
    expect(text).not.toContain("javascript:");
    expect(text).not.toContain("| injected |");
    expect(decodeState(text)!.evidence!.projects.map((p) => p.name)).toEqual(["tinyfmt", "evil"]);
  });
});

describe("evidence an attacker cannot borrow", () => {
  /** The account `victim` owns `oldpkg`, last released in 2022 by the Trusted Publisher `olddev/oldpkg`. */
  function victimWorld(project: Partial<Parameters<RegistryStandIn["addProject"]>[1]> = {}): RegistryStandIn {
    const world = registryWorld();
    world.addAccount("victim", ["oldpkg"]);
    world.addProject("oldpkg", {
      roles: [{ user: "victim", role: "Owner" }],
      releases: [{ version: "1.0", uploadedAt: "2022-05-01T10:00:00Z" }],
      publisher: { repository: "olddev/oldpkg" },
      ...project,
    });
    return world;
  }

  async function attack(world: RegistryStandIn, repositories: typeof WORLD_REPOSITORIES): Promise<{ text: string; labels: string[] }> {
    registry = world;
    const url = await world.start();
    client = new RegistryClient();
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": registryConfig(url) },
      roles: { alice: "write" },
      repositories: [...WORLD_REPOSITORIES, ...repositories],
      registry: client,
      trusted: world.trust(),
    });
    attestWith(world, harness.github);
    await harness.github.openIssue("olddev", "Account recovery request", requestFor("victim"), ["account-recovery"]);
    await harness.github.settled();
    return { text: card(harness), labels: harness.github.thread(1).issue.labels };
  }

  it("a resurrected name: the login and repository re-registered by someone else are shown as replaced, never strong or suggested", async () => {
    // The publishing repository had id 4242 under owner 777; its owner renamed their login (the repository
    // is now newlogin/oldpkg) and the attacker registered `olddev` and created `olddev/oldpkg` in 2026.
    const world = victimWorld({ publisher: { repository: "olddev/oldpkg", repositoryId: 4242, ownerId: 777 } });
    const { text, labels } = await attack(world, [
      { name: "newlogin/oldpkg", id: 4242 },
      { name: "olddev/oldpkg", id: 9001, createdAt: "2026-10-01T00:00:00Z" },
    ]);
    expect(labels).not.toContain("recovery: strong-evidence");
    expect(text).toContain(
      "| `oldpkg` | Owner | `olddev/oldpkg` ⚠ not the repository that published: it is gone or was replaced " +
        "(the one that published is now `newlogin/oldpkg`) | Trusted Publisher `release.yml` | ✓ owns it |",
    );
    expect(text).not.toContain("/verify repo olddev/oldpkg");
    const link = decodeState(text)!.evidence!.projects[0]!.links[0]!;
    expect(link).toMatchObject({ identity: "replaced", publishedFrom: "newlogin/oldpkg", movedTo: null });
  });

  it("a deleted and re-created repository is replaced even when its owner's id is the same", async () => {
    const world = victimWorld({ publisher: { repository: "olddev/oldpkg", repositoryId: 4242 } });
    const { text, labels } = await attack(world, [{ name: "olddev/oldpkg", id: 9001 }]);
    expect(labels).not.toContain("recovery: strong-evidence");
    expect(text).toContain("⚠ not the repository that published: it is gone or was replaced |");
    expect(text).not.toContain("Suggested challenge");
  });

  it("a transferred repository is shown as such and earns nothing", async () => {
    const world = victimWorld({ publisher: { repository: "olddev/oldpkg", ownerId: 777 } });
    const { text, labels } = await attack(world, [{ name: "olddev/oldpkg" }]);
    expect(labels).not.toContain("recovery: strong-evidence");
    expect(text).toContain("`olddev/oldpkg` ⚠ transferred to another owner since it published");
    expect(text).not.toContain("Suggested challenge");
  });

  it("a co-owner's repository does not tell the account apart: a shared project is weak, the suggestion is the account's own", async () => {
    const world = victimWorld({
      roles: [
        { user: "victim", role: "Owner" },
        { user: "olddev", role: "Owner" },
      ],
    });
    world.addAccount("victim", ["oldpkg", "ownpkg"]);
    world.addProject("ownpkg", {
      roles: [{ user: "victim", role: "Owner" }],
      projectUrls: { Source: "https://github.com/victim/ownpkg" },
      releases: [{ version: "0.3", uploadedAt: "2023-01-01T00:00:00Z" }],
    });
    const { text, labels } = await attack(world, [{ name: "olddev/oldpkg" }, { name: "victim/ownpkg" }]);
    expect(labels).not.toContain("recovery: strong-evidence");
    expect(text).toContain(
      "| `oldpkg` | Owner (shared with 1 other: weak) | `olddev/oldpkg` | Trusted Publisher ✓ `release.yml` | ✓ owns it |",
    );
    expect(text).toContain("**Suggested challenge:** `/verify repo victim/ownpkg`");
  });

  it("the same project with the account as its only owner, attested, released before the request, is strong", async () => {
    const { text, labels } = await attack(victimWorld(), [{ name: "olddev/oldpkg" }]);
    expect(labels).toContain("recovery: strong-evidence");
    expect(text).toContain("**Suggested challenge:** `/verify repo olddev/oldpkg`");
  });

  it("a Trusted Publisher release made after the request earns no label", async () => {
    const world = victimWorld({ releases: [{ version: "9.9", uploadedAt: "2099-01-01T00:00:00Z" }] });
    const { labels } = await attack(world, [{ name: "olddev/oldpkg" }]);
    expect(labels).not.toContain("recovery: strong-evidence");
  });
});
