// The Probot entry point: it only wires GitHub's events to the case service.
import type { Context, Probot } from "probot";
import type { CaseEvent } from "./case/decide.js";
import { reconcile } from "./case/reconcile.js";
import { loadConfig } from "./config/load.js";
import { AppIdentity } from "./github/identity.js";
import { RepoClient } from "./github/repo-client.js";
import { loadForm } from "./intake/load-form.js";

type IssueContext = Context<"issues.opened" | "issues.edited" | "issues.closed" | "issues.reopened" | "issues.labeled">;

export default function recoveryTriage(app: Probot, options: { now?: () => Date } = {}): void {
  const identity = new AppIdentity(app);
  const now = options.now ?? (() => new Date());

  const handle = (toEvent: (context: IssueContext) => CaseEvent | null) => async (context: IssueContext) => {
    const event = toEvent(context);
    if (!event) return;
    const botLogin = await identity.login();
    // The app's own writes come back as events; reacting to them would only loop.
    if (context.payload.sender.login === botLogin) return;

    const repo = new RepoClient(context.octokit, context.repo());
    const config = await loadConfig(context);
    const form = await loadForm(repo, config.config.form_path);
    const log = context.log.child({ delivery: context.id, issue: context.payload.issue.number });
    await reconcile({ repo, botLogin, config, form, now, log }, context.payload.issue.number, event, context.payload.sender.login);
  };

  app.on("issues.opened", handle(() => ({ kind: "opened" })));
  app.on("issues.closed", handle(() => ({ kind: "closed" })));
  app.on("issues.reopened", handle(() => ({ kind: "reopened" })));
  // Title-only edits cannot change a request.
  app.on("issues.edited", handle((c) => ((c as Context<"issues.edited">).payload.changes.body ? { kind: "edited" } : null)));
  // Labelling an existing issue as a request brings it to the desk (and heals a missed `opened`).
  app.on(
    "issues.labeled",
    handle((c) => {
      const label = (c as Context<"issues.labeled">).payload.label?.name ?? "";
      return label ? { kind: "opened" } : null;
    }),
  );
}
