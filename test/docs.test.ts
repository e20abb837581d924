// Docs that cannot drift: every event and permission app.yml asks for is in the admins' table with
// its reason, and no relative link or anchor in the README or docs/ is broken (remark-validate-links,
// each file with its own headings and the files it links to).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { remark } from "remark";
import remarkValidateLinks from "remark-validate-links";
import { read } from "to-vfile";
import { parse } from "yaml";
import GithubSlugger from "github-slugger";
import { dirname, join, normalize } from "node:path";

const DOCS = [
  "README.md",
  "SECURITY.md",
  "CONTRIBUTING.md",
  "docs/admins.md",
  "docs/reviewers.md",
  "docs/operators.md",
  "docs/security.md",
  "docs/contributors.md",
  "docs/spine.md",
];

describe("the docs and the app agree", () => {
  it("every event and permission app.yml asks for is in docs/admins.md's table", () => {
    const manifest = parse(readFileSync("app.yml", "utf8")) as { default_events: string[]; default_permissions: Record<string, string> };
    const admins = readFileSync("docs/admins.md", "utf8");
    const rows = [
      ...manifest.default_events.map((e) => `| event \`${e}\` |`),
      ...Object.entries(manifest.default_permissions).map(([p, level]) => `| permission \`${p}: ${level}\` |`),
    ];
    expect(rows.filter((row) => !admins.includes(row))).toEqual([]);
  });

  it("every link into another page's heading finds that heading (GitHub's anchors)", () => {
    const anchorsOf = (path: string) => {
      const slugger = new GithubSlugger();
      const text = readFileSync(path, "utf8");
      const headings = [...text.matchAll(/^#{1,6} +(.+?) *$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, "")));
      // An explicit anchor (`<a id="…">`) is one too.
      return new Set([...headings, ...[...text.matchAll(/<a (?:id|name)="([^"]+)"/g)].map((m) => m[1]!)]);
    };
    const broken: string[] = [];
    for (const from of DOCS) {
      for (const [, target, anchor] of readFileSync(from, "utf8").matchAll(/\]\(([^)#\s:]+\.md)#([^)\s]+)\)/g)) {
        const path = normalize(join(dirname(from), target!));
        if (!anchorsOf(path).has(anchor!)) broken.push(`${from} → ${target}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every figure about the test suite is the last measurement's (docs/measured.json, `npm run measure:suite`)", () => {
    const measured = JSON.parse(readFileSync("docs/measured.json", "utf8")) as {
      date: string;
      tests: number;
      suiteSeconds: number;
      npmTestSeconds: number;
      jestSeconds: number;
    };
    const tests = `${measured.tests.toLocaleString("en-US")} tests`;
    const minutes = Math.round(measured.suiteSeconds / 60);
    const exact = `${Math.floor(measured.suiteSeconds / 60)} min ${measured.suiteSeconds % 60} s`;
    const wrong: string[] = [];
    for (const path of DOCS) {
      const text = readFileSync(path, "utf8");
      for (const [figure] of text.matchAll(/\b\d{1,3}(?:,\d{3})+ tests\b/g))
        if (figure !== tests) wrong.push(`${path}: "${figure}", measured ${tests}`);
      for (const [figure] of text.matchAll(/`npm test` \d+ s\b/g))
        if (figure !== `\`npm test\` ${measured.npmTestSeconds} s`)
          wrong.push(`${path}: "${figure}", measured ${measured.npmTestSeconds} s`);
      for (const [figure] of text.matchAll(/\bJest \d+ s\b/g))
        if (figure !== `Jest ${measured.jestSeconds} s`) wrong.push(`${path}: "${figure}", measured Jest ${measured.jestSeconds} s`);
      for (const [figure] of text.matchAll(/\b\d+ min \d+ s\b/g))
        if (figure !== exact) wrong.push(`${path}: "${figure}", measured ${exact}`);
      for (const [figure, n] of text.matchAll(/\babout (\d+) minutes? from a clean clone|\btakes about (\d+) minutes/g))
        if (Number(n ?? figure.match(/\d+/)![0]) !== minutes) wrong.push(`${path}: "${figure}", measured about ${minutes} minutes`);
      for (const [, date] of text.matchAll(/\(measured (\d{4}-\d\d-\d\d)\)/g))
        if (date !== measured.date) wrong.push(`${path}: measured ${date}, last ${measured.date}`);
    }
    expect(wrong).toEqual([]);
    // The README names the figures at all (a test that finds nothing to check would pass forever).
    expect(readFileSync("README.md", "utf8")).toContain(tests);
    expect(readFileSync("README.md", "utf8")).toContain(`\`npm test\` ${measured.npmTestSeconds} s`);
  });

  it.each(DOCS)("%s: every relative link and anchor leads somewhere", async (path) => {
    const file = await remark()
      .use(remarkValidateLinks, { repository: false })
      .process(await read(path));
    expect(file.messages.map((m) => `${path}:${m.line}: ${m.reason}`)).toEqual([]);
  });
});
