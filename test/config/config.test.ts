import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parseConfig, REVOKED_KEY_VERSION } from "../../src/config/lenient.js";
import { configReport } from "../../src/config/report.js";
import { configJsonSchema, defaultConfig } from "../../src/config/schema.js";
import YAML from "yaml";

describe("configuration", () => {
  it("has documented defaults", () => {
    expect(defaultConfig).toEqual({
      preset: null,
      reviewers: [],
      assignment: "round-robin",
      unavailable: [],
      labels: {
        request: "account-recovery",
        triage: "recovery: triage",
        needs_info: "recovery: needs-info",
        duplicate: "recovery: duplicate",
        conflict: "recovery: conflict",
        withdrawn: "recovery: withdrawn",
        verifying: "recovery: verifying",
        verified: "recovery: verified",
        on_hold: "recovery: on-hold",
        resolved: "recovery: resolved",
        denied: "recovery: denied",
        stale: "recovery: stale",
        security: "security",
        testpypi: "recovery: testpypi",
        no_projects: "recovery: no-projects",
        strong_evidence: "recovery: strong-evidence",
      },
      maintainer_teams: [],
      verification: {
        require: ["email"],
        code_expiry_hours: 24,
        max_code_failures: 5,
        challenge_expiry_days: 14,
        reviewer_keys: {},
        master_codes: false,
      },
      stale: { remind_after_days: 14, close_after_days: 7, reopen_within_days: 90 },
      privacy: { redact_emails: true, keep_domains: ["pypi.org", "python.org"] },
      registry: {
        evidence: true,
        url: "https://pypi.org",
        test_url: "https://test.pypi.org",
        max_projects: 10,
        budget_seconds: 5,
        request_timeout_seconds: 2,
      },
      project: null,
      lost_commands: { replay_within_hours: 48, ask_within_days: 7 },
      noise: { answer_updates: true, lock_after_days: 30 },
      adoption: { quiet_older_than_days: 7 },
      registry_name: "PyPI",
      username_rules: "pypi",
      form_path: ".github/ISSUE_TEMPLATE/account-recovery.yml",
    });
  });

  describe("preset: pypi", () => {
    it("speaks the registry's support repository's labels and board columns", () => {
      const { config, warnings } = parseConfig({ preset: "pypi", project: { owner: "pypi", number: 1 } });
      expect(warnings).toEqual([]);
      expect(config.labels).toMatchObject({
        request: "account-recovery",
        needs_info: "awaiting response",
        verifying: "unverified email",
        testpypi: "test pypi issue",
        security: "security issue",
        // What the registry has no label for keeps the desk's own.
        triage: "recovery: triage",
      });
      expect(config.project!.options).toMatchObject({
        "needs-info": "Awaiting Response",
        verifying: "Verification in Process",
        verified: "Pending admin action",
        resolved: "Complete",
        denied: "Complete",
        triage: "Triage",
      });
    });

    it("lets every key written in the file override it, and adds no board of its own", () => {
      const { config } = parseConfig({
        preset: "pypi",
        labels: { needs_info: "status: awaiting response" },
        project: { owner: "pypi", number: 1, options: { resolved: "Done" } },
      });
      expect(config.labels.needs_info).toBe("status: awaiting response");
      expect(config.labels.verifying).toBe("unverified email");
      expect(config.project!.options.resolved).toBe("Done");
      expect(config.project!.options.denied).toBe("Complete");
      expect(parseConfig({ preset: "pypi" }).config.project).toBeNull();
    });

    it("reports an unknown preset like any broken key and uses the defaults", () => {
      const { config, warnings } = parseConfig({ preset: "pypy" });
      expect(config.labels).toEqual(defaultConfig.labels);
      expect(warnings).toEqual(["`preset` must be one of `pypi`, but it is the text `pypy`; the default is used"]);
    });
  });

  it("reads the example file in .github without warnings", () => {
    const raw = YAML.parse(readFileSync(".github/recovery-triage.yml", "utf8"));
    const { config, warnings } = parseConfig(raw);
    expect(warnings).toEqual([]);
    expect(config.reviewers).toEqual(["alice", "bob", "carol"]);
  });

  it("accepts logins written with @ and strips it", () => {
    expect(parseConfig({ reviewers: ["@alice", "bob"] }).config.reviewers).toEqual(["alice", "bob"]);
  });

  it("replaces only the broken keys by their defaults and says which", () => {
    const { config, warnings } = parseConfig({
      reviewers: "alice",
      assignment: "least-loaded",
      labels: { triage: "needs-review", needs_info: 42 },
      reviewer: ["typo"],
    });
    expect(config.reviewers).toEqual([]);
    expect(config.assignment).toBe("least-loaded");
    expect(config.labels.triage).toBe("needs-review");
    expect(config.labels.needs_info).toBe("recovery: needs-info");
    expect(warnings).toEqual([
      "`reviewers` must be a list, for example `[alice, bob]`, but it is the text `alice`; the default is used",
      "`labels.needs_info` must be a piece of text, but it is number 42; the default is used",
      "`reviewer` is not a known key — did you mean `reviewers`?; it is ignored",
    ]);
  });

  it("rejects a login that is not a GitHub login", () => {
    const { config, warnings } = parseConfig({ reviewers: ["alice", "not a login"] });
    // One bad entry invalidates that entry only.
    expect(config.reviewers).toEqual(["alice"]);
    expect(warnings).toEqual(["`reviewers[1]` must be a GitHub login, but it is the text `not a login`; that entry is ignored"]);
  });

  it("treats a file that is not a mapping as empty, with a warning", () => {
    expect(parseConfig(["a"]).warnings).toEqual([
      "The file must be a mapping of keys (indented `key: value` lines); the defaults are used",
    ]);
    expect(parseConfig(null)).toEqual({ config: defaultConfig, warnings: [] });
  });

  it("names every problem in plain words with the fix, however many there are", () => {
    const { warnings } = parseConfig({
      reviwers: ["alice"],
      assignment: "fastest",
      verification: { code_expiry_hours: 0, max_code_failures: 1.5, requier: ["email"] },
      stale: "soon",
      labels: { triage: "", secutiry: "x" },
      username_rules: 3,
      unavailable: Array.from({ length: 101 }, (_, i) => `u${i}`),
    });
    expect(warnings).toEqual([
      "`assignment` must be one of `round-robin`, `least-loaded`, but it is the text `fastest`; the default is used",
      "`unavailable` can list at most 100 items; the default is used",
      "`labels.triage` must not be empty; the default is used",
      "`labels.secutiry` is not a known key — did you mean `security`?; it is ignored",
      "`verification.code_expiry_hours` must be at least 1, but it is number 0; the safe default `24` is used (a security setting)",
      "`verification.max_code_failures` must be a whole number, but it is number 1.5; the safe default `5` is used (a security setting)",
      "`verification.requier` is not a known key — did you mean `require`?; it is ignored",
      "`stale` must be a mapping of keys (indented `key: value` lines); the defaults are used",
      "`username_rules` must be one of `pypi`, `github`, `lenient`, but it is number 3; the default is used",
      "`reviwers` is not a known key — did you mean `reviewers`?; it is ignored",
    ]);
    expect(parseConfig({ frobnicate: 1 }).warnings).toEqual(["`frobnicate` is not a known key; it is ignored"]);
  });

  it("publishes a schema that rejects unknown keys, so editors flag them", () => {
    const schema = configJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { additionalProperties?: boolean }> };
    expect(schema.additionalProperties).toBe(false);
    for (const key of ["labels", "verification", "stale"]) expect(schema.properties[key]!.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("_extends");
  });

  it("refuses a form path that leaves the repository", () => {
    expect(parseConfig({ form_path: "../secrets.yml" }).config.form_path).toBe(defaultConfig.form_path);
  });

  it("publishes a JSON Schema that matches the committed recovery-triage.schema.json", () => {
    const committed = JSON.parse(readFileSync("recovery-triage.schema.json", "utf8"));
    expect(committed).toEqual(configJsonSchema());
    expect(Object.keys((committed as { properties: object }).properties)).toContain("reviewers");
  });
});

describe("security settings fail closed", () => {
  it.each([["no"], ["off"], ["false"], ["yes"], [0], ["true"]])("master_codes: %j is an error, and master codes stay off", (written) => {
    const { config, warnings } = parseConfig({ verification: { master_codes: written } });
    expect(config.verification.master_codes).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^`verification\.master_codes` must be `true` or `false`, .*; the safe default `false` is used \(a security setting\)$/,
    );
  });

  it("one invalid reviewer key drops that entry only; a revocation written wrongly revokes, never restores", () => {
    const { config, warnings } = parseConfig({
      verification: { reviewer_keys: { alice: 3, "not a login": 2, bob: "2", carol: 0 } },
    });
    expect(config.verification.reviewer_keys).toEqual({ alice: 3, bob: REVOKED_KEY_VERSION, carol: REVOKED_KEY_VERSION });
    expect(warnings).toEqual([
      "`verification.reviewer_keys.not a login`: `not a login` is not a GitHub login; that entry is ignored",
      "`verification.reviewer_keys.bob` must be a number, but it is the text `2`; bob's key is treated as revoked until it is fixed",
      "`verification.reviewer_keys.carol` must be at least 1, but it is number 0; carol's key is treated as revoked until it is fixed",
    ]);
  });

  it("the check run names each wrong security setting with its line and the value used instead", () => {
    const text = "reviewers: [alice]\nverification:\n  master_codes: no\n  reviewer_keys:\n    bob: two\n";
    const report = configReport({ config: text, form: null });
    expect(report.problems).toEqual([
      "`verification.reviewer_keys.bob` must be a number, but it is the text `two` (line 5); bob's key is treated as revoked until it is fixed",
      "`verification.master_codes` must be `true` or `false`, but it is the text `no` (line 3); the safe default `false` is used (a security setting)",
    ]);
  });
});

describe("each security setting, read strictly", () => {
  // Every key that can weaken verification: a wrong value is reported as a security setting and its safe default used.
  it.each([
    [{ verification: { code_expiry_hours: 73 } }, "`verification.code_expiry_hours` can be at most 72, but it is number 73", "24"],
    [{ verification: { max_code_failures: 101 } }, "`verification.max_code_failures` can be at most 100, but it is number 101", "5"],
    [{ verification: { max_code_failures: 0 } }, "`verification.max_code_failures` must be at least 1, but it is number 0", "5"],
    [{ verification: { challenge_expiry_days: 61 } }, "`verification.challenge_expiry_days` can be at most 60, but it is number 61", "14"],
    [{ verification: { challenge_expiry_days: 0 } }, "`verification.challenge_expiry_days` must be at least 1, but it is number 0", "14"],
    [
      { verification: { challenge_expiry_days: 2.5 } },
      "`verification.challenge_expiry_days` must be a whole number, but it is number 2.5",
      "14",
    ],
    [{ verification: { reviewer_keys: "alice" } }, "`verification.reviewer_keys` must be record, but it is the text `alice`", "{}"],
    [{ verification: { reviewer_keys: ["alice"] } }, "`verification.reviewer_keys` must be record, but it is a list", "{}"],
    [{ maintainer_teams: "core" }, "`maintainer_teams` must be a list, for example `[alice, bob]`, but it is the text `core`", "[]"],
    [{ maintainer_teams: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "`maintainer_teams` can list at most 20 items", "[]"],
  ])("%j: reported, and the safe default used", (raw, problem, shown) => {
    const { config, warnings } = parseConfig(raw);
    expect(warnings).toEqual([`${problem}; the safe default \`${shown}\` is used (a security setting)`]);
    expect(config.verification).toEqual(defaultConfig.verification);
    expect(config.maintainer_teams).toEqual([]);
  });

  it("with its line when the file's text is at hand", () => {
    const lines: Record<string, number> = { "verification.code_expiry_hours": 7, "verification.reviewer_keys.bob": 9 };
    const { warnings } = parseConfig({ verification: { code_expiry_hours: 0, reviewer_keys: { bob: "two" } } }, (p) => lines[p] ?? null);
    expect(warnings).toEqual([
      "`verification.code_expiry_hours` must be at least 1, but it is number 0 (line 7); the safe default `24` is used (a security setting)",
      "`verification.reviewer_keys.bob` must be a number, but it is the text `two` (line 9); bob's key is treated as revoked until it is fixed",
    ]);
  });

  it.each([
    [{ code_expiry_hours: 1, max_code_failures: 1, challenge_expiry_days: 1 }],
    [{ code_expiry_hours: 72, max_code_failures: 100, challenge_expiry_days: 60 }],
    [{ require: ["repo"], master_codes: true }],
    [{ require: ["email", "repo"], master_codes: false }],
    [{ reviewer_keys: { alice: 1, "b-o-b": 999_999, [`c${"x".repeat(38)}`]: 2, a: 3, "AZaz09-": 4 } }],
  ])("the limits themselves are accepted as written: %j", (written) => {
    const { config, warnings } = parseConfig({ verification: written });
    expect(warnings).toEqual([]);
    expect(config.verification).toEqual({ ...defaultConfig.verification, ...written });
  });

  it.each([
    [["emial", "repo"], "`verification.require[0]` must be one of `email`, `repo`, but it is the text `emial`"],
    [["sms"], "`verification.require[0]` must be one of `email`, `repo`, but it is the text `sms`"],
    ["email, repo", "`verification.require` must be a list, for example `[alice, bob]`, but it is the text `email, repo`"],
    [[], "`verification.require` must list at least 1 item"],
  ])("factors written wrongly (%j) never lower what a case must confirm: every factor is required", (require, problem) => {
    const { config, warnings } = parseConfig({ verification: { require } });
    // Dropping the misspelt `emial` would have verified cases by the repository alone.
    expect(config.verification.require).toEqual(["email", "repo"]);
    expect(warnings).toEqual([`${problem}; every factor is required until it is fixed (a security setting)`]);
  });

  it("a reviewer key version out of range, or not whole, revokes; a name that is no login is dropped", () => {
    const long = "a".repeat(40);
    const { config, warnings } = parseConfig({
      verification: { reviewer_keys: { alice: 1_000_000, bob: 1.5, carol: 999_999, [long]: 1, a_b: 1 } },
    });
    expect(config.verification.reviewer_keys).toEqual({ alice: REVOKED_KEY_VERSION, bob: REVOKED_KEY_VERSION, carol: 999_999 });
    expect(warnings).toEqual([
      "`verification.reviewer_keys.alice` can be at most 999999, but it is number 1000000; alice's key is treated as revoked until it is fixed",
      "`verification.reviewer_keys.bob` must be a whole number, but it is number 1.5; bob's key is treated as revoked until it is fixed",
      `\`verification.reviewer_keys.${long}\`: \`${long}\` is not a GitHub login; that entry is ignored`,
      "`verification.reviewer_keys.a_b`: `a_b` is not a GitHub login; that entry is ignored",
    ]);
  });

  it("maintainer teams: `org/team` or a slug, `@` and spaces dropped; anything else is ignored, entry by entry", () => {
    const { config, warnings } = parseConfig({
      maintainer_teams: ["@org/team", " org/t.e_a-m ", "slug", "org/team/x", "a b", "@slug", "a b/c", "AZaz09-/AZaz09._-", "AZaz09._-"],
    });
    expect(config.maintainer_teams).toEqual(["org/team", "org/t.e_a-m", "slug", "AZaz09-/AZaz09._-", "AZaz09._-"]);
    const shape = "must be `org/team-slug` or a team slug of the repository's owner";
    expect(warnings).toEqual([
      `\`maintainer_teams[3]\` ${shape}, but it is the text \`org/team/x\`; that entry is ignored`,
      `\`maintainer_teams[4]\` ${shape}, but it is the text \`a b\`; that entry is ignored`,
      `\`maintainer_teams[5]\` ${shape}, but it is the text \`@slug\`; that entry is ignored`,
      `\`maintainer_teams[6]\` ${shape}, but it is the text \`a b/c\`; that entry is ignored`,
    ]);
  });

  it("the whole section written wrongly, or left empty, is the defaults", () => {
    expect(parseConfig({ verification: "strict" })).toEqual({
      config: defaultConfig,
      warnings: ["`verification` must be a mapping of keys (indented `key: value` lines); the defaults are used"],
    });
    expect(parseConfig({ verification: null })).toEqual({ config: defaultConfig, warnings: [] });
    expect(parseConfig({ verification: {} })).toEqual({ config: defaultConfig, warnings: [] });
  });
});
