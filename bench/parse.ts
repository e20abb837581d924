// `npm run bench:parse`: how long the parsers take on GitHub's largest bodies (65,536 characters)
// built to defeat them, and whether time grows linearly (8 KiB → 64 KiB should be about 8x).
// Prints a table and writes bench/results/parse.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { readCommands } from "../src/domain/case/commands/index.js";
import { builtInForm } from "../src/domain/intake/form.js";
import { parseRequest } from "../src/domain/intake/parse.js";
import { validateRequest } from "../src/domain/intake/validate.js";
import { scrubLogLine } from "../src/domain/safety/log-scrub.js";
import { findSecrets } from "../src/domain/safety/secrets.js";
import { quoteText } from "../src/domain/text/neutralise.js";

const MAX = 65_536;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const INPUTS: Record<string, (size: number) => string> = {
  "#": (n) => fill("#", n),
  "heading + trailing #": (n) => `# ${fill(" #", n - 3)}x`,
  backticks: (n) => fill("`", n),
  "- [": (n) => fill("- [", n),
  ">": (n) => fill(">", n),
  "<!--": (n) => fill("<!--", n),
  "nested lists": (n) => fill(`${" ".repeat(12)}- [x] item\n`, n),
  "mixed CRLF": (n) => fill("\r\n\r\r\n\n", n),
  fences: (n) => fill("```\n", n),
  slashes: (n) => fill("/", n),
  hex: (n) => fill("f", n),
  "hex words": (n) => fill("3f9a1c0b7d2e4f60 ", n),
  "pypi-Ag": (n) => fill("pypi-Ag", n),
  base32: (n) => fill("A2", n),
  "password:": (n) => fill("password:", n),
  "username of dots": (n) => `### PyPI Username\n\n${fill(".", n - 30)}x`,
  "many headings": (n) => fill("### PyPI Username\n", n),
};

const PARSERS: Record<string, (text: string) => unknown> = {
  "request form": (t) => validateRequest(parseRequest(t, builtInForm), "pypi"),
  commands: (t) => readCommands(t),
  secrets: (t) => findSecrets(t),
  "log scrub": (t) => scrubLogLine(t),
  "echo (quote)": (t) => quoteText(t, MAX, true),
};

function timeMs(fn: () => unknown, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!; // median
}

const rows: { parser: string; worstInput: string; worstMs64k: number; growth8kTo64k: number }[] = [];
for (const [parser, run] of Object.entries(PARSERS)) {
  let worst = { input: "", ms: -1, growth: 0 };
  for (const [name, make] of Object.entries(INPUTS)) {
    const small = make(MAX / 8);
    const big = make(MAX);
    run(big); // warm up
    const msBig = timeMs(() => run(big));
    const msSmall = timeMs(() => run(small));
    if (msBig > worst.ms) worst = { input: name, ms: msBig, growth: msBig / Math.max(msSmall, 0.001) };
  }
  rows.push({ parser, worstInput: worst.input, worstMs64k: Number(worst.ms.toFixed(2)), growth8kTo64k: Number(worst.growth.toFixed(1)) });
}

console.log("parser          worst input             ms @ 64 KiB   growth 8→64 KiB (linear ≈ 8)");
for (const r of rows)
  console.log(
    `${r.parser.padEnd(16)}${r.worstInput.padEnd(24)}${String(r.worstMs64k).padStart(11)}   ${String(r.growth8kTo64k).padStart(6)}x`,
  );
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/parse.json", `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`);
