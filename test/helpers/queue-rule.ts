// Our own rule for the one key actionlint 1.7 does not know yet: `concurrency.queue` (GitHub
// documents it since 2026-05: `single`, the default, keeps one pending run and cancels older
// pending ones; `max` queues up to 100 runs in order). It may only be one of those two, and never
// beside `cancel-in-progress: true` (which would cancel the running job the queue waits for).
import { parse } from "yaml";

type Concurrency = { queue?: unknown; "cancel-in-progress"?: unknown } | string | undefined;

/** Findings (empty when the rule holds) for the workflow's and each job's `concurrency`. */
export function queueFindings(workflowText: string): string[] {
  const workflow = parse(workflowText) as { concurrency?: Concurrency; jobs?: Record<string, { concurrency?: Concurrency }> };
  const places: [string, Concurrency][] = [
    ["concurrency", workflow.concurrency],
    ...Object.entries(workflow.jobs ?? {}).map(([name, job]): [string, Concurrency] => [`jobs.${name}.concurrency`, job.concurrency]),
  ];
  const findings: string[] = [];
  for (const [where, concurrency] of places) {
    if (typeof concurrency !== "object" || concurrency === null || !("queue" in concurrency)) continue;
    if (concurrency.queue !== "single" && concurrency.queue !== "max")
      findings.push(`${where}.queue must be "single" or "max", not ${JSON.stringify(concurrency.queue)}`);
    if (concurrency["cancel-in-progress"] === true) findings.push(`${where}.queue cannot be used with cancel-in-progress: true`);
  }
  return findings;
}
