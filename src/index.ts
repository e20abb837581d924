// The Probot entry point: it wires GitHub's events to the case service. Each event becomes a job
// on its issue's queue (applied one at a time, in arrival order), the webhook is answered as soon
// as the job is queued, and a delivery already applied is not applied again.
import type { Context, Probot } from "probot";
import type { CaseEvent } from "./case/model.js";
import { findCard, reconcile, type Trigger } from "./case/reconcile.js";
import { sweepAll } from "./case/sweep.js";
import { audiencesOf, readCommands } from "./case/commands/index.js";
import type { ConfigResult } from "./config/lenient.js";
import { startupWarnings, sweepIntervalMinutes } from "./config/environment.js";
import { reportSettings, touchesSettings } from "./config/check-run.js";
import { SettingsCache } from "./config/settings-cache.js";
import { Assignability } from "./github/assignability.js";
import { AppIdentity } from "./github/identity.js";
import { isMaintainer } from "./github/permissions.js";
import { RepoClient } from "./github/repo-client.js";
import { MemoryDeliveryLog, RedisDeliveryLog, type DeliveryLog } from "./reliability/dedupe.js";
import { MemoryIssueQueue, RedisIssueQueue, type IssueQueue } from "./reliability/issue-queue.js";
import { redisFromEnv } from "./reliability/redis.js";
import { DEFAULT_RETRY, makeReliable, type RetryOptions } from "./reliability/retry.js";
import { protectLogs } from "./safety/log-scrub.js";
import { findSecrets, mayHoldCode } from "./safety/secrets.js";
import { verifierFromEnv, type Verifier } from "./verification/codes.js";

type IssueContext = Context<"issues.opened" | "issues.edited" | "issues.closed" | "issues.reopened" | "issues.labeled">;

export interface AppOptions {
  now?: () => Date;
  /** Defaults to RECOVERY_SECRET from the environment; null turns verification off. */
  verifier?: Verifier | null;
  /** Defaults to SWEEP_INTERVAL_MINUTES (60); 0 turns the in-server sweep off. */
  sweepIntervalMinutes?: number;
  /** Answer webhooks before the work is done (the server's way). Tests that await `receive` turn it off. */
  background?: boolean;
  /** Defaults: shared through Redis with REDIS_URL, else in memory. */
  queue?: IssueQueue;
  deliveries?: DeliveryLog;
  retry?: RetryOptions;
  /** Stops the in-server sweep (for embedding the app, and for tests). */
  signal?: AbortSignal;
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
  for (const warning of startupWarnings(process.env, options.verifier !== undefined)) app.log.warn(warning);
  /** Each repository's config and form, read once per change rather than per event. */
  const settings = new SettingsCache();
  /** Who GitHub lets be assigned where, remembered for a while (one read per new assignee otherwise). */
  const assignability = new Assignability();
  /** Repositories already warned about having no reviewers (once per repository per process). */
  const noReviewersWarned = new Set<string>();
  const redis = options.queue && options.deliveries ? null : redisFromEnv();
  const queue = options.queue ?? (redis ? new RedisIssueQueue(redis) : new MemoryIssueQueue());
  const deliveries = options.deliveries ?? (redis ? new RedisDeliveryLog(redis) : new MemoryDeliveryLog());
  const background = options.background ?? true;
  const retry = { ...(options.retry ?? DEFAULT_RETRY), log: app.log };

  /**
   * Queues the work for the event's issue. In the background (the server's way) this resolves as
   * soon as the job's place in line is recorded, so the webhook is answered at once; otherwise when
   * the work is done.
   */
  async function dispatch(context: Context<"issues" | "issue_comment" | "push">, work: () => Promise<void>): Promise<void> {
    const { owner, repo } = context.repo();
    // Work on an issue waits for that issue's earlier events; work on the settings, for earlier pushes.
    const key = "issue" in context.payload ? `${owner}/${repo}#${context.payload.issue.number}` : `${owner}/${repo}#settings`;
    const log = context.log.child({ delivery: context.id, issue: key });
    const job = queue.enqueue(key, async () => {
      if (await deliveries.seen(context.id)) return log.info("delivery already applied; skipped");
      try {
        makeReliable(context.octokit, retry);
        await work();
        await deliveries.mark(context.id);
      } catch (error) {
        log.error(
          { err: (error as Error).message, status: (error as { status?: number }).status },
          "event failed; the sweep will reconcile this case",
        );
        throw error;
      }
    });
    job.done.catch(() => undefined);
    await (background ? job.queued : job.done);
  }

  async function run(
    context: Context<"issues" | "issue_comment">,
    event: CaseEvent,
    trigger: Trigger | null = null,
    loaded: ConfigResult | null = null,
  ): Promise<void> {
    const botLogin = await identity.login();
    const repo = new RepoClient(context.octokit, context.repo(), retry.baseDelayMs);
    const config = loaded ?? (await settings.config(context));
    const fullName = `${context.repo().owner}/${context.repo().repo}`;
    if (config.config.reviewers.length === 0 && !noReviewersWarned.has(fullName)) {
      noReviewersWarned.add(fullName);
      app.log.warn(
        { repo: fullName },
        `${fullName} has no reviewers in .github/recovery-triage.yml: valid requests are not assigned to anyone`,
      );
    }
    const form = await settings.form(context, repo);
    const { issue, sender } = context.payload;
    const log = context.log.child({ delivery: context.id, issue: issue.number });
    // Another case touched by this event is queued on its own issue, never run alongside its events.
    const relate = async (number: number, related: CaseEvent) => {
      const { owner, repo: name } = context.repo();
      const job = queue.enqueue(`${owner}/${name}#${number}`, async () => {
        await reconcile(
          { repo, botLogin, config, form, now, verifier, assignability, log: log.child({ related: number }) },
          number,
          related,
          sender.login,
        );
      });
      job.done.catch((error: unknown) =>
        log.error({ err: (error as Error).message, related: number }, "related case failed; the sweep will reconcile it"),
      );
      await (background ? job.queued : job.done);
    };
    await reconcile(
      { repo, botLogin, config, form, now, verifier, assignability, log, relate },
      issue.number,
      event,
      sender.login,
      trigger,
    );
  }

  const onIssue = (toEvent: (context: IssueContext) => CaseEvent | null) => async (context: IssueContext) => {
    const event = toEvent(context);
    // The app's own writes come back as events; reacting to them would only loop.
    if (!event || context.payload.sender.login === (await identity.login())) return;
    const ctx = context as unknown as Context<"issues">;
    await dispatch(ctx, () => run(ctx, event));
  };

  app.on(
    "issues.opened",
    onIssue(() => ({ kind: "opened" })),
  );
  app.on(
    "issues.closed",
    onIssue(() => ({ kind: "closed" })),
  );
  app.on(
    "issues.reopened",
    onIssue(() => ({ kind: "reopened" })),
  );
  // A title edit cannot change a request, but it can paste a secret into public view.
  app.on(
    "issues.edited",
    onIssue((c) => {
      const { changes, issue } = (c as Context<"issues.edited">).payload;
      return changes.body || findSecrets(issue.title).length > 0 ? { kind: "edited" } : null;
    }),
  );
  // Labelling an existing issue as a request brings it to the desk (and heals a missed `opened`).
  // A new request from the form arrives twice — `opened`, then `labeled` for the form's label — so
  // a label on an issue that already has its card costs one read (the comments) and nothing else.
  app.on("issues.labeled", async (context) => {
    const { label, sender, issue } = context.payload;
    if (isBot(sender) || sender.login === (await identity.login())) return;
    const config = await settings.config(context);
    if (label?.name.toLowerCase() !== config.config.labels.request.toLowerCase()) return;
    const ctx = context as unknown as Context<"issues">;
    await dispatch(ctx, async () => {
      const repo = new RepoClient(context.octokit, context.repo(), retry.baseDelayMs);
      if (findCard(await repo.listComments(issue.number), await identity.login())) return;
      await run(ctx, { kind: "opened" }, null, config);
    });
  });

  // Only new comments run commands: an edited comment never does (it is only guarded, below).
  app.on("issue_comment.created", async (context) => {
    const { comment, issue, sender } = context.payload;
    if (isBot(sender) || isBot(comment.user ?? sender) || issue.pull_request) return;
    const text = comment.body ?? "";
    const scan = readCommands(text);
    const secrets = findSecrets(text).length > 0;
    const code = mayHoldCode(text);
    const requester = sender.login.toLowerCase() === (issue.user?.login ?? "").toLowerCase();
    // Plain comments matter only from the requester (they answer questions and keep the case alive),
    // or from anyone when they hold a secret or what may be the case's one-time code.
    if (!requester && !secrets && !code && scan.commands.length === 0 && scan.nearMisses.length === 0) return;
    // Maintainers' comments are not scanned for secrets, so a secret needs the check as well.
    const wantsMaintainer = secrets || scan.nearMisses.length > 0 || scan.commands.some((c) => audiencesOf(c.name).includes("maintainer"));
    await dispatch(context, async () => {
      const config = wantsMaintainer ? await settings.config(context) : null;
      const repo = new RepoClient(context.octokit, context.repo(), retry.baseDelayMs);
      const maintainer = config !== null && (await isMaintainer(repo, sender.login, config.config.maintainer_teams));
      // Hints for typos are for the people who can run commands, not for every passer-by.
      const visible = maintainer || requester ? scan : { ...scan, nearMisses: [] };
      if (!requester && !maintainer && !secrets && !code && visible.commands.length === 0) return;
      const trigger = { commentId: comment.id, nodeId: comment.node_id };
      await run(
        context,
        { kind: "comment", commentId: comment.id, text, scan: visible, roles: { maintainer, requester } },
        trigger,
        config,
      );
    });
  });

  // An edited comment can paste a secret (or the case's code) into a comment that was harmless: guard it.
  app.on("issue_comment.edited", async (context) => {
    const { comment, issue, sender } = context.payload;
    if (isBot(sender) || isBot(comment.user ?? sender) || issue.pull_request) return;
    const text = comment.body ?? "";
    const secrets = findSecrets(text).length > 0;
    if (!secrets && !mayHoldCode(text)) return;
    const requester = (comment.user?.login ?? "").toLowerCase() === (issue.user?.login ?? "").toLowerCase();
    await dispatch(context as unknown as Context<"issue_comment">, async () => {
      const config = secrets ? await settings.config(context) : null;
      const repo = new RepoClient(context.octokit, context.repo(), retry.baseDelayMs);
      // Whose words these are: the comment's author, whoever edited it.
      const author = comment.user?.login ?? sender.login;
      const maintainer = config !== null && (await isMaintainer(repo, author, config.config.maintainer_teams));
      const event: CaseEvent = {
        kind: "comment",
        commentId: comment.id,
        text,
        scan: readCommands(""),
        roles: { maintainer, requester },
        edited: true,
      };
      await run(context as unknown as Context<"issue_comment">, event, { commentId: comment.id, nodeId: comment.node_id }, config);
    });
  });

  // A push that changes the desk's settings gets a check run with the verdict, where admins look.
  app.on("push", async (context) => {
    const { payload } = context;
    if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
    // Settings are YAML files: a push that changes none costs no request at all.
    if (!touchesSettings(payload.commits, null)) return;
    const { owner, repo: name } = context.repo();
    settings.forget(owner, name);
    const current = await settings.config(context);
    if (!touchesSettings(payload.commits, current.config.form_path)) return;
    await dispatch(context, async () => {
      const repo = new RepoClient(context.octokit, context.repo(), retry.baseDelayMs);
      const { problems } = await reportSettings(repo, payload.after);
      if (problems > 0) context.log.warn({ sha: payload.after, problems }, "the desk's settings have problems; see the check run");
    });
  });

  const minutes = options.sweepIntervalMinutes ?? sweepIntervalMinutes();
  if (minutes > 0) {
    const sweep = () => {
      void identity
        .login()
        .then((botLogin) =>
          sweepAll(app, {
            botLogin,
            verifier,
            now,
            log: app.log,
            retry,
            assignability,
            serialize: (key, job) => queue.enqueue(key, job).done,
          }),
        )
        .then((report) => app.log.info(report, "sweep finished"))
        .catch((error: unknown) => app.log.error({ err: (error as Error).message }, "sweep failed"));
    };
    // A first sweep soon after start heals whatever a crash left undone; then one per interval.
    const first = setTimeout(sweep, Math.min(minutes, 1) * 60_000).unref();
    const every = setInterval(sweep, minutes * 60_000).unref();
    options.signal?.addEventListener("abort", () => {
      clearTimeout(first);
      clearInterval(every);
    });
  }
}
