// GitHub Actions, as far as the desk's workflow needs it, for end-to-end tests: the stand-in's
// webhooks become workflow runs of the generated workflow file, read unchanged. For each event the
// workflow is triggered on (its `on:` types), the job-level `if:` is evaluated, the run waits in its
// concurrency group (first in first out, as with `queue: max`), and its steps run as a runner runs
// them: a fresh workspace, an event file without `installation` (Actions payloads carry none),
// the runner's variables, actions/cache restore and save over a store shared by all runs (the most
// recently saved key with the prefix is restored), and the JavaScript action as a release holds it
// (action.yml and the committed bundle, copied apart from the source) run by node with its inputs,
// one process per run. The Pages actions are not emulated (nothing is published).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import type { GitHubStandIn } from "../../standin/github-standin.js";

type Context = Record<string, unknown>;
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  if?: string;
  "working-directory"?: string;
}
interface Workflow {
  on: Record<string, { types?: string[] } | null>;
  concurrency: { group: string };
  jobs: Record<string, { if?: string; steps: Step[]; needs?: string; outputs?: Record<string, string> }>;
}

export interface RunRecord {
  event: string;
  group: string;
  exitCode: number | null;
  skipped: boolean;
  summary: string;
  stderr: string;
  /** What the action printed: workflow commands (`::error::…`) among it. */
  stdout: string;
  /** Whether the Pages artifact step ran, and which jobs needing this one would run after it. */
  pageUploaded: boolean;
  dependentsRun: string[];
}

/** The action as a release of it holds it: action.yml and the bundle, nothing else. */
function publishedAction(): string {
  const dir = mkdtempSync(join(tmpdir(), "action-"));
  cpSync(resolve("action.yml"), join(dir, "action.yml"));
  cpSync(resolve("dist"), join(dir, "dist"), { recursive: true });
  return dir;
}

/** The workflow as `recovery-triage init actions` writes it, read back from the file. */
export async function generatedWorkflow(slug: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "init-actions-"));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve("lib/cli/main.js"), "init", "actions", "--app-slug", slug, "--action", "registry/recovery-triage@v1", "--pages"],
      { cwd: dir, env: { PATH: process.env.PATH ?? "" } },
    );
    if (!stdout.includes("secret   RECOVERY_APP_PRIVATE_KEY")) throw new Error(`init actions did not name its secrets:\n${stdout}`);
    return readFileSync(join(dir, ".github/workflows/recovery-desk.yml"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A runner for the stand-in's repository, with the workflow `init actions` writes and the app's secrets. */
export async function startActionsRunner(github: GitHubStandIn, secret: string): Promise<ActionsRunner> {
  const runner = new ActionsRunner(
    github,
    await generatedWorkflow(github.bot.login.replace("[bot]", "")),
    { RECOVERY_APP_ID: String(github.appId), RECOVERY_APP_PRIVATE_KEY: github.appPrivateKey, RECOVERY_SECRET: secret },
    {},
  );
  await runner.start();
  return runner;
}

export class ActionsRunner {
  readonly runs: RunRecord[] = [];
  private readonly workflow: Workflow;
  private readonly groups = new Map<string, Promise<void>>();
  private readonly active = new Set<Promise<void>>();
  private readonly children = new Set<ChildProcess>();
  private readonly cacheDir = mkdtempSync(join(tmpdir(), "actions-cache-"));
  private readonly actionPath = publishedAction();
  private readonly cacheKeys: string[] = [];
  private server: Server | null = null;
  private runId = 1000;
  /** Runners at once (GitHub gives a repository many; a test machine has two cores). */
  private readonly slots: (() => void)[] = [];
  private busy = 0;
  /** Events to drop (GitHub failed to trigger the run). */
  private toLose = 0;
  /** Kills the next run's process once it has made this many requests to GitHub. */
  private killAt: number | null = null;

  constructor(
    private readonly github: GitHubStandIn,
    workflowText: string,
    private readonly secrets: Record<string, string>,
    private readonly vars: Record<string, string>,
  ) {
    this.workflow = parse(workflowText) as Workflow;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        res.writeHead(202).end();
        this.trigger(String(req.headers["x-github-event"]), JSON.parse(body) as Context);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.github.deliverTo(`http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`);
    this.github.alsoWaitFor(() => this.idle());
  }

  async stop(): Promise<void> {
    for (const child of this.children) process.kill(-child.pid!, "SIGKILL");
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    rmSync(this.cacheDir, { recursive: true, force: true });
    rmSync(this.actionPath, { recursive: true, force: true });
  }

  /** Resolves when every run triggered so far has finished. */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active]);
  }

  loseNext(count = 1): void {
    this.toLose += count;
  }

  killNextRunAfter(requests: number): void {
    this.killAt = requests;
  }

  /** The hourly sweep (or a manual run). */
  schedule(): void {
    this.trigger("schedule", { schedule: "17 * * * *", repository: { full_name: `${this.github.owner}/${this.github.repo}` } });
  }

  private trigger(event: string, payload: Context): void {
    const on = this.workflow.on[event];
    if (on === undefined) return;
    const action = typeof payload.action === "string" ? payload.action : null;
    if (on?.types && (!action || !on.types.includes(action))) return;
    if (this.toLose > 0) {
      this.toLose--;
      return;
    }
    const { installation: _installation, ...actionsPayload } = payload;
    const github = { event_name: event, event: actionsPayload, run_id: String(++this.runId), run_attempt: "1" };
    const context: Context = { github, secrets: this.secrets, vars: this.vars };
    const group = String(evaluate(this.workflow.concurrency.group, context));
    const previous = this.groups.get(group) ?? Promise.resolve();
    const run = previous.then(() => this.runJob(event, github, context, group));
    this.groups.set(group, run);
    this.active.add(run);
    void run.finally(() => this.active.delete(run));
  }

  private async runJob(event: string, github: Context, context: Context, group: string): Promise<void> {
    if (this.busy >= 4) await new Promise<void>((r) => this.slots.push(r));
    this.busy++;
    try {
      await this.runJobOnRunner(event, github, context, group);
    } finally {
      this.busy--;
      this.slots.shift()?.();
    }
  }

  private async runJobOnRunner(event: string, github: Context, context: Context, group: string): Promise<void> {
    const job = this.workflow.jobs.desk!;
    const record: RunRecord = {
      event,
      group,
      exitCode: null,
      skipped: false,
      summary: "",
      stderr: "",
      stdout: "",
      pageUploaded: false,
      dependentsRun: [],
    };
    this.runs.push(record);
    if (job.if && !evaluate(`\${{ ${job.if} }}`, context)) {
      record.skipped = true;
      return;
    }
    const runner = mkdtempSync(join(tmpdir(), "actions-run-"));
    const workspace = join(runner, "workspace");
    mkdirSync(workspace);
    const eventPath = join(runner, "event.json");
    writeFileSync(eventPath, JSON.stringify((github as { event: unknown }).event));
    const summaryPath = join(runner, "summary.md");
    writeFileSync(summaryPath, "");
    const runnerEnv = {
      PATH: process.env.PATH ?? "",
      HOME: runner,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${this.github.owner}/${this.github.repo}`,
      GITHUB_RUN_ID: String((github as { run_id: string }).run_id),
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_API_URL: `http://${this.github.host}/api/v3`,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: workspace,
    };
    let failed = false;
    const steps: Context = {};
    const stepContext = () => ({ ...context, steps });
    try {
      for (const step of job.steps) {
        if (failed && step.if !== "always()") continue;
        if (step.if && step.if !== "always()" && !evaluate(`\${{ ${step.if} }}`, stepContext())) continue;
        const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(evaluate(v, context))]));
        if (step.uses?.startsWith("actions/cache/restore@")) this.restoreCache(workspace, inputs);
        else if (step.uses?.startsWith("actions/cache/save@")) this.saveCache(workspace, inputs);
        else if (step.uses?.startsWith("actions/upload-pages-artifact@")) record.pageUploaded = true;
        else if (step.uses?.startsWith("actions/")) continue;
        else if (step.uses) {
          const outputPath = join(runner, `output-${step.id ?? "step"}`);
          writeFileSync(outputPath, "");
          const code = await this.runAction(inputs, { ...runnerEnv, GITHUB_OUTPUT: outputPath }, workspace, record);
          record.exitCode = code;
          failed = code !== 0;
          if (step.id) steps[step.id] = { outputs: readOutputs(readFileSync(outputPath, "utf8")) };
        }
      }
      record.summary = readFileSync(summaryPath, "utf8");
      // The jobs that need this one: whether they would run, from the job's outputs (the Pages deploy).
      const outputs = Object.fromEntries(
        Object.entries(job.outputs ?? {}).map(([name, value]) => [name, String(evaluate(value, stepContext()) ?? "")]),
      );
      const needs = { ...context, needs: { desk: { outputs, result: failed ? "failure" : "success" } } };
      record.dependentsRun = Object.entries(this.workflow.jobs)
        .filter(([, dependent]) => dependent.needs === "desk" && (!dependent.if || evaluate(`\${{ ${dependent.if} }}`, needs)))
        .map(([name]) => name);
    } finally {
      rmSync(runner, { recursive: true, force: true });
    }
  }

  /**
   * The JavaScript action as GitHub runs it: action.yml and dist/ only (a copy, beside no source and
   * no node_modules), its `main` run by node with each input as `INPUT_<NAME>` (defaults applied).
   */
  private async runAction(inputs: Record<string, string>, env: Record<string, string>, workspace: string, record: RunRecord) {
    const action = parse(readFileSync(join(this.actionPath, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
    };
    if (!/^node\d+$/.test(action.runs.using)) throw new Error(`the runner runs JavaScript actions only, not ${action.runs.using}`);
    const inputEnv = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [`INPUT_${name.toUpperCase()}`, inputs[name] ?? spec.default ?? ""]),
    );
    return this.node(
      join(this.actionPath, action.runs.main),
      { ...env, ...inputEnv, GITHUB_ACTION_PATH: this.actionPath },
      workspace,
      record,
    );
  }

  private node(script: string, env: Record<string, string>, cwd: string, record: RunRecord): Promise<number> {
    return new Promise((resolveCode) => {
      // Its own process group, so a kill takes everything it started (as a runner's cancel does).
      const child = spawn(process.execPath, [script], { cwd, env, detached: true });
      this.children.add(child);
      child.stderr?.on("data", (chunk: Buffer) => (record.stderr += chunk.toString()));
      child.stdout?.on("data", (chunk: Buffer) => (record.stdout += chunk.toString()));
      const killAt = this.killAt;
      let watch: NodeJS.Timeout | null = null;
      if (killAt !== null) {
        this.killAt = null;
        const base = this.github.requests.length;
        watch = setInterval(() => {
          if (this.github.requests.length - base >= killAt) process.kill(-child.pid!, "SIGKILL");
        }, 1);
      }
      child.on("exit", (code, signal) => {
        if (watch) clearInterval(watch);
        this.children.delete(child);
        resolveCode(signal ? 137 : (code ?? 1));
      });
    });
  }

  private restoreCache(workspace: string, inputs: Record<string, string>): void {
    const prefixes = [inputs.key!, ...(inputs["restore-keys"] ?? "").split("\n").filter(Boolean)];
    const key = [...this.cacheKeys].reverse().find((k) => prefixes.some((p) => k.startsWith(p)));
    if (key) cpSync(join(this.cacheDir, key), join(workspace, inputs.path!), { recursive: true });
  }

  private saveCache(workspace: string, inputs: Record<string, string>): void {
    const source = join(workspace, inputs.path!);
    if (!existsSync(source) || this.cacheKeys.includes(inputs.key!)) return;
    cpSync(source, join(this.cacheDir, inputs.key!), { recursive: true });
    this.cacheKeys.push(inputs.key!);
  }
}

/** `$GITHUB_OUTPUT` as @actions/core writes it: `name<<delimiter`, the value's lines, the delimiter (or `name=value`). */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i]!.includes("=")) outputs[lines[i]!.slice(0, lines[i]!.indexOf("="))] = lines[i]!.slice(lines[i]!.indexOf("=") + 1);
  }
  return outputs;
}

/**
 * `${{ … }}` as Actions evaluates the few forms the desk's files use: context paths, string
 * literals, `==`, `!=`, `&&`, `||`. Text around expressions is kept; a lone expression keeps its value.
 */
export function evaluate(text: string, context: Context): unknown {
  const whole = /^\$\{\{(.*)\}\}$/s.exec(text.trim());
  if (whole && !whole[1]!.includes("}}")) return expression(whole[1]!, context);
  return text.replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => String(expression(e, context) ?? ""));
}

function expression(source: string, context: Context): unknown {
  const or = split(source, "||");
  if (or.length > 1) return or.reduce<unknown>((acc, part) => acc || expression(part, context), "");
  const and = split(source, "&&");
  if (and.length > 1)
    return and.reduce<unknown>((acc, part, i) => (i === 0 ? expression(part, context) : acc && expression(part, context)), true);
  for (const op of ["!=", "=="] as const) {
    const sides = split(source, op);
    if (sides.length === 2) {
      const [a, b] = sides.map((s) => expression(s, context));
      return op === "==" ? a === b : a !== b;
    }
  }
  const term = source.trim();
  const literal = /^'(.*)'$/.exec(term);
  if (literal) return literal[1];
  if (term === "always()") return true;
  return term.split(".").reduce<unknown>((value, key) => (value as Context | undefined)?.[key], context) ?? "";
}

/** Splits on an operator outside quotes. */
function split(source: string, op: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "'") quoted = !quoted;
    if (!quoted && source.startsWith(op, i)) {
      parts.push(source.slice(start, i));
      start = i + op.length;
      i += op.length - 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
