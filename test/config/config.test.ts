import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parseConfig } from "../../src/config/lenient.js";
import { configJsonSchema, defaultConfig } from "../../src/config/schema.js";
import YAML from "yaml";

describe("configuration", () => {
  it("has documented defaults", () => {
    expect(defaultConfig).toEqual({
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
      },
      maintainer_teams: [],
      verification: { require: ["email"], code_expiry_hours: 24, max_code_failures: 5, challenge_expiry_days: 14 },
      stale: { remind_after_days: 14, close_after_days: 7 },
      registry_name: "PyPI",
      username_rules: "pypi",
      form_path: ".github/ISSUE_TEMPLATE/account-recovery.yml",
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
      "reviewers: Invalid input: expected array, received string; the default is used",
      "labels.needs_info: Invalid input: expected string, received number; the default is used",
      "reviewer is not a known key; it is ignored",
    ]);
  });

  it("rejects a login that is not a GitHub login", () => {
    const { config, warnings } = parseConfig({ reviewers: ["alice", "not a login"] });
    expect(config.reviewers).toEqual([]);
    expect(warnings[0]).toMatch(/^reviewers: must be a GitHub login/);
  });

  it("treats a file that is not a mapping as empty, with a warning", () => {
    expect(parseConfig(["a"]).warnings).toEqual(["the file must be a mapping of keys; defaults are used"]);
    expect(parseConfig(null)).toEqual({ config: defaultConfig, warnings: [] });
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
