// What a GitHub Actions runner tells the step (https://docs.github.com/actions/reference/variables-reference),
// read once: the event and its payload file, the repository, the run's id and attempt, the API's
// address (github.com's or a GitHub Enterprise Server's), and where the job summary goes.
import { readFileSync } from "node:fs";
import type { Env } from "../config/environment.js";

/** The events the desk's workflow runs on: a webhook event as the server would get it, or a sweep. */
const WEBHOOK_EVENTS = new Set(["issues", "issue_comment", "push"]);
const SWEEP_EVENTS = new Set(["schedule", "workflow_dispatch"]);

export interface RunnerEvent {
  kind: "webhook" | "sweep";
  name: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** Unique per run and attempt: a re-run of a failed run is applied again, a redelivery is not. */
  delivery: string;
  summaryPath: string | null;
}

export class RunnerEnvError extends Error {}

export function readRunnerEvent(env: Env): RunnerEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const kind = WEBHOOK_EVENTS.has(name) ? "webhook" : SWEEP_EVENTS.has(name) ? "sweep" : null;
  if (!kind)
    throw new RunnerEnvError(`GITHUB_EVENT_NAME is "${name}": the desk runs on issues, issue_comment, push, schedule, workflow_dispatch`);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new RunnerEnvError("GITHUB_REPOSITORY is not set: run this as a step of a workflow");
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new RunnerEnvError(`the event file GITHUB_EVENT_PATH names cannot be read: ${(error as Error).message}`);
    }
  } else if (kind === "webhook") {
    throw new RunnerEnvError("GITHUB_EVENT_PATH is not set: run this as a step of a workflow");
  }
  return {
    kind,
    name,
    payload,
    owner,
    repo,
    delivery: `actions-${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`,
    summaryPath: env.GITHUB_STEP_SUMMARY || null,
  };
}

/** The app's environment in a workflow: its identity from the step's secrets, GitHub's address from the runner. */
export function appEnv(env: Env): Env {
  const api = env.GITHUB_API_URL ? new URL(env.GITHUB_API_URL) : null;
  // github.com's API lives on its own host; a GitHub Enterprise Server's at /api/v3 on the server's host.
  const enterprise = api && api.host !== "api.github.com" ? { GHE_HOST: api.host, GHE_PROTOCOL: api.protocol.replace(":", "") } : {};
  // In a workflow the job log is the log: warnings and errors only unless the admin asks for more.
  return { ...env, LOG_LEVEL: env.LOG_LEVEL || "warn", SWEEP_INTERVAL_MINUTES: "0", ...enterprise };
}
