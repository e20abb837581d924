// The Probot entry point: it only wires GitHub's events to the case service.
import type { Context, Probot } from "probot";
import type { CaseEvent } from "./case/decide.js";
import { reconcile, type Trigger } from "./case/reconcile.js";
import { sweepAll } from "./case/sweep.js";
import { audiencesOf } from "./commands/catalog.js";
import { scanCommands } from "./commands/parse.js";
import type { ConfigResult } from "./config/lenient.js";
import { loadConfig } from "./config/load.js";
import { AppIdentity } from "./github/identity.js";
import { isMaintainer } from "./github/permissions.js";
import { RepoClient } from "./github/repo-client.js";
import { loadForm } from "./intake/load-form.js";
import { protectLogs } from "./safety/log-scrub.js";
import { findSecrets } from "./safety/secrets.js";
import { verifierFromEnv, type Verifier } from "./verification/codes.js";

type IssueContext = Context<"issues.opened" | "issues.edited" | "issues.closed" | "issues.reopened" | "issues.labeled">;

export interface AppOptions {
  now?: () => Date;
  /** Defaults to RECOVERY_SECRET from the environment; null turns verification off. */
  verifier?: Verifier | null;
  /** Defaults to SWEEP_INTERVAL_MINUTES (60); 0 turns the in-server sweep off. */
  sweepIntervalMinutes?: number;
}

/** Bots never run commands and never get replies: answering one is how bot loops start. */
function isBot(user: { login: string; type?: string }): boolean {
  return user.type === "Bot" || user.login.endsWith("[bot]");
}

export default function recoveryTriage(app: Probot, options: AppOptions = {}): void {
  // Before any event: every log line of this process is scrubbed of secrets from here on.
  protectLogs(app.log);
  const identity = new AppIdentity(app);
  const now = options.now ?? (() => new Date());
  const verifier = options.verifier !== undefined ? options.verifier : verifierFromEnv();

  async function run(
    context: Context<"issues" | "issue_comment">,
    event: CaseEvent,
    trigger: Trigger | null = null,
    loaded: ConfigResult | null = null,
  ): Promise<void> {
    const botLogin = await identity.login();
    const repo = new RepoClient(context.octokit, context.repo());
    const config = loaded ?? (await loadConfig(context));
    const form = await loadForm(repo, config.config.form_path);
    const { issue, sender } = context.payload;
    const log = context.log.child({ delivery: context.id, issue: issue.number });
    await reconcile({ repo, botLogin, config, form, now, verifier, log }, issue.number, event, sender.login, trigger);
  }

  const onIssue = (toEvent: (context: IssueContext) => CaseEvent | null) => async (context: IssueContext) => {
    const event = toEvent(context);
    // The app's own writes come back as events; reacting to them would only loop.
    if (!event || context.payload.sender.login === (await identity.login())) return;
    await run(context as unknown as Context<"issues">, event);
  };

  app.on("issues.opened", onIssue(() => ({ kind: "opened" })));
  app.on("issues.closed", onIssue(() => ({ kind: "closed" })));
  app.on("issues.reopened", onIssue(() => ({ kind: "reopened" })));
  // Title-only edits cannot change a request.
  app.on("issues.edited", onIssue((c) => ((c as Context<"issues.edited">).payload.changes.body ? { kind: "edited" } : null)));
  // Labelling an existing issue as a request brings it to the desk (and heals a missed `opened`).
  app.on("issues.labeled", onIssue(() => ({ kind: "opened" })));

  // Only new comments run commands: an edited comment never does.
  app.on("issue_comment.created", async (context) => {
    const { comment, issue, sender } = context.payload;
    if (isBot(sender) || isBot(comment.user ?? sender) || issue.pull_request) return;
    const text = comment.body ?? "";
    const scan = scanCommands(text);
    const secrets = findSecrets(text).length > 0;
    const requester = sender.login.toLowerCase() === (issue.user?.login ?? "").toLowerCase();
    // Plain comments matter only from the requester (they answer questions and keep the case alive),
    // or from anyone when they hold a secret.
    if (!requester && !secrets && scan.commands.length === 0 && scan.nearMisses.length === 0) return;
    // Maintainers' comments are not scanned for secrets, so a secret needs the check as well.
    const wantsMaintainer = secrets || scan.nearMisses.length > 0 || scan.commands.some((c) => audiencesOf(c.name).includes("maintainer"));
    const config = wantsMaintainer ? await loadConfig(context) : null;
    const maintainer = config !== null && (await isMaintainer(new RepoClient(context.octokit, context.repo()), sender.login, config.config.maintainer_teams));
    // Hints for typos are for the people who can run commands, not for every passer-by.
    const visible = maintainer || requester ? scan : { ...scan, nearMisses: [] };
    if (!requester && !maintainer && !secrets && visible.commands.length === 0) return;
    const trigger = { commentId: comment.id, nodeId: comment.node_id };
    await run(context, { kind: "comment", text, scan: visible, roles: { maintainer, requester } }, trigger, config);
  });

  const minutes = options.sweepIntervalMinutes ?? Number(process.env.SWEEP_INTERVAL_MINUTES ?? 60);
  if (minutes > 0) {
    const timer = setInterval(() => {
      void identity
        .login()
        .then((botLogin) => sweepAll(app, { botLogin, verifier, now, log: app.log }))
        .then((report) => app.log.info(report, "sweep finished"))
        .catch((error: unknown) => app.log.error({ err: (error as Error).message }, "sweep failed"));
    }, minutes * 60_000);
    timer.unref(); // the sweep never keeps a stopping process alive
  }
}
