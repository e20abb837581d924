// The configuration reference admins read (docs/admins.md) is made from the schema: every key of it,
// grouped as admins read them, with its meaning, default and range from the schema itself.
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { CONFIG_SECTIONS, configReference, referenceKeys } from "../../src/config/reference.js";

const START = "<!-- config-reference:start (npm run schema writes it from src/config/schema.ts) -->";
const END = "<!-- config-reference:end -->";

describe("the configuration reference", () => {
  it("is what docs/admins.md holds (`npm run schema` after changing the schema)", () => {
    const doc = readFileSync("docs/admins.md", "utf8");
    const held = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(held).toBe(configReference());
  });

  it("puts every key of the schema in exactly one section, each with a meaning", () => {
    const homes = referenceKeys().map(({ path }) => [
      path,
      CONFIG_SECTIONS.filter((s) => s.keys.some((k) => path === k || path.startsWith(`${k}.`))).length,
    ]);
    expect(homes.filter(([, n]) => n !== 1)).toEqual([]);
    expect(configReference().match(/^\| `[^`]+` \| [^|]+ \| \|$/gm)).toBeNull();
    expect(referenceKeys().length).toBeGreaterThanOrEqual(40);
  });

  it("reads each default and range from the schema", () => {
    const reference = configReference();
    expect(reference).toContain("| `verification.code_expiry_hours` | `24` | How long an email code stays valid. From 1 to 72. |");
    expect(reference).toContain("| `verification.require` | `[email]` |");
    expect(reference).toContain("| `privacy.keep_domains` | `[pypi.org, python.org]` |");
    expect(reference).toContain("| `preset` | none |");
    expect(reference.indexOf("#### Who reviews")).toBeLessThan(reference.indexOf("`maintainer_teams`"));
  });
});
