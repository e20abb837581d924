// The reviewers' page at scale (part of `npm run bench`, or `npm run bench -- page`): 2,000 open
// cases and 1,000 decided in the desk's memory, served over HTTP by the app's handler. Measures
// building the report, and answering from cache (the goal: under 200 ms), with no GitHub request.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultConfig } from "../src/config/schema.js";
import { newCaseState, type CaseState } from "../src/domain/case/state.js";
import { CaseRecords } from "../src/memory/case-records.js";
import { ReviewerPages } from "../src/features/page/pages.js";

const DAY = 86_400_000;

export async function pageCosts(open = 2000, decided = 1000): Promise<Record<string, unknown>> {
  const now = new Date("2026-11-25T12:00:00Z");
  const index = new CaseRecords();
  const reviewers = ["alice", "bob", "carol", "dave", "erin"];
  for (let n = 1; n <= open + decided; n++) {
    const openedAt = new Date(now.getTime() - ((n * 37) % 180) * DAY).toISOString();
    const status: CaseState["status"] =
      n > open ? (n % 3 === 0 ? "denied" : "resolved") : (["triage", "needs-info", "verifying", "verified"] as const)[n % 4]!;
    const state: CaseState = {
      ...newCaseState({ author: `user${n}`, username: `user${n}`, testInstance: false, problems: [], queueAhead: 0 }),
      status,
      reviewer: reviewers[n % reviewers.length]!,
      timeline: [
        { at: openedAt, by: `user${n}`, status: "triage", why: "intake: valid" },
        { at: new Date(Date.parse(openedAt) + 2 * DAY).toISOString(), by: "alice", status, why: "command /verify (as maintainer)" },
      ],
      decision: n > open ? { by: "alice", note: "", at: new Date(Date.parse(openedAt) + 9 * DAY).toISOString(), forced: false } : null,
    };
    index.record(
      "registry/support",
      true,
      { number: n, title: `Account recovery request ${n}`, createdAt: openedAt, state },
      defaultConfig,
      now,
    );
  }
  const pages = new ReviewerPages(index, () => now);
  const started = performance.now();
  pages.report("registry/support");
  const buildMs = performance.now() - started;
  const server = createServer((req, res) => void pages.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/recovery-triage/registry/support/`;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
    times.push(performance.now() - t);
  }
  server.close();
  times.sort((a, b) => a - b);
  const at = (p: number) => Number(times[Math.ceil(p * times.length) - 1]!.toFixed(1));
  return {
    openRequests: open,
    decidedCases: decided,
    buildMs: Number(buildMs.toFixed(1)),
    cachedViewMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
    pageKB: Math.round(bytes / 1024),
    githubRequestsPerView: 0,
  };
}
