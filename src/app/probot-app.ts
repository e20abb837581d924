// The Probot app function: it only wires GitHub's events to the desk (src/spine/). What each event
// means is in app/events.ts; what happens to a case is decided by the pure case machine (src/domain/case/).
import type { Probot } from "probot";
import { metricsToken, sweepIntervalMinutes } from "../config/environment.js";
import { onEditedComment, onEditedIssue, onIssue, onLabeled, onNewComment, onPush } from "./events.js";
import { assembleDesk, type AppOptions } from "./assemble.js";
import { startSweeping } from "../spine/sweep-schedule.js";
import { ReviewerPages } from "../features/page/pages.js";
import { OperatorEndpoints } from "./health.js";
import { onProjectItemEdited } from "../features/board/board-door.js";
import { protectLogs } from "../config/logger.js";

export type { AppOptions };

export default function recoveryTriage(app: Probot, options: AppOptions = {}): void {
  // Before any event: every log line of this process is scrubbed of secrets from here on.
  protectLogs(app.log);
  const { desk, board } = assembleDesk(app, options);

  app.on(
    "issues.opened",
    onIssue(desk, () => ({ kind: "opened" })),
  );
  app.on(
    "issues.closed",
    onIssue(desk, () => ({ kind: "closed" })),
  );
  app.on(
    "issues.reopened",
    onIssue(desk, () => ({ kind: "reopened" })),
  );
  app.on("issues.edited", onEditedIssue(desk));
  app.on("issues.labeled", (context) => onLabeled(desk, context));
  app.on("issue_comment.created", (context) => onNewComment(desk, context));
  app.on("issue_comment.edited", (context) => onEditedComment(desk, context));
  app.on("push", (context) => onPush(desk, context));
  app.on("projects_v2_item.edited", (context) => onProjectItemEdited(desk, board, context));
  // A repository made private disappears from the reviewers' page at once (the page checks too).
  app.on("repository.privatized", (context) => desk.records.hide(context.payload.repository.full_name));

  // The reviewers' page, on the app's own HTTP server (Probot passes addHandler when it loads the app).
  options.addHandler?.(new ReviewerPages(desk.records, desk.now).handle);
  // /metrics and /health for operators.
  options.addHandler?.(new OperatorEndpoints(desk, () => desk.identity.check(), undefined, metricsToken(), app.log).handle);

  startSweeping(app, desk, options.sweepIntervalMinutes ?? sweepIntervalMinutes(), options.signal);
}
