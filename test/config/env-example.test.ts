// `.env.example` lists every variable the code reads, so an admin finds each one in one place.
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe(".env.example", () => {
  it("names every environment variable src/ reads (and Probot's LOG_LEVEL and LOG_FORMAT)", () => {
    const read = new Set(["LOG_LEVEL", "LOG_FORMAT"]);
    for (const file of sources("src").filter((f) => !f.startsWith(join("src", "standin")))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]!);
    }
    const listed = new Set([...readFileSync(".env.example", "utf8").matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    expect([...read].filter((v) => !listed.has(v)).sort()).toEqual([]);
    expect(read.size).toBeGreaterThan(10);
  });
});
