// GitHub's events, translated for the desk: which case event each webhook is, who wrote a
// comment, and what a settings push means. No policy about cases lives here (that is the case
// machine's); only what must be learnt from GitHub before the case machine can decide.
import type { Context } from "probot";
import type { CaseEvent } from "../domain/case/model.js";
import { isBot, sameLogin } from "../domain/text/login.js";
import { reportSettings, touchesSettings } from "./settings-check.js";
import { isMaintainer } from "../github/permissions.js";
import { findSecrets } from "../domain/safety/secrets.js";
import { findEmailAddresses } from "../domain/safety/emails.js";
import { readEditedComment, readNewComment, visibleScan } from "../domain/case/comment-gate.js";
import { findCard } from "../domain/case/find-card.js";
import type { DeskContext, Desk } from "../spine/service.js";

/** The webhook handlers (app/events.ts). */
export type EventDesk = Pick<Desk, "dispatch" | "identity" | "isOwn" | "permissions" | "records" | "repoOf" | "run" | "settings">;

type IssueContext = Context<"issues.opened" | "issues.edited" | "issues.closed" | "issues.reopened" | "issues.labeled">;

/** An issue event that becomes one case event (or none). */
export function onIssue(desk: EventDesk, toEvent: (context: IssueContext) => CaseEvent | null) {
  return async (context: IssueContext): Promise<void> => {
    const event = toEvent(context);
    if (!event || (await desk.isOwn(context.payload.sender.login))) return;
    const ctx = context as unknown as DeskContext;
    await desk.dispatch(ctx, () => desk.run(ctx, event));
  };
}

/** A title edit cannot change a request, but it can paste a secret or an address into public view. */
export function editedIssueEvent(context: IssueContext): CaseEvent | null {
  const { changes, issue } = (context as Context<"issues.edited">).payload;
  const exposes = findSecrets(issue.title).length > 0 || findEmailAddresses(issue.title).length > 0;
  return changes.body || exposes ? { kind: "edited" } : null;
}

/**
 * The reviewers' page shows a case's title as GitHub shows it now (a maintainer may have cleaned it,
 * closed cases too). A title-only edit with nothing to remove costs no request: the desk's memory
 * takes the title from the webhook itself.
 */
export function onEditedIssue(desk: EventDesk) {
  const asCaseEvent = onIssue(desk, editedIssueEvent);
  return async (context: Context<"issues.edited">): Promise<void> => {
    const { issue, repository } = context.payload;
    if (!editedIssueEvent(context as unknown as IssueContext)) desk.records.retitle(repository.full_name, issue.number, issue.title);
    await asCaseEvent(context as unknown as IssueContext);
  };
}

/**
 * Labelling an existing issue as a request brings it to the desk (and heals a missed `opened`).
 * A new request from the form arrives twice — `opened`, then `labeled` for the form's label — so
 * a label on an issue that already has its card costs nothing when this process decided the case,
 * and one read (the comments) otherwise.
 */
export async function onLabeled(desk: EventDesk, context: Context<"issues.labeled">): Promise<void> {
  const { label, sender, issue } = context.payload;
  if (isBot(sender) || (await desk.isOwn(sender.login))) return;
  const config = await desk.settings.config(context);
  if (label?.name.toLowerCase() !== config.config.labels.request.toLowerCase()) return;
  const ctx = context as unknown as DeskContext;
  await desk.dispatch(ctx, async () => {
    const { owner, repo } = context.repo();
    if (desk.records.knows(`${owner}/${repo}`, issue.number)) return;
    if (findCard(await desk.repoOf(context).listComments(issue.number), await desk.identity.login())) return;
    await desk.run(ctx, { kind: "opened", late: true }, null, config);
  });
}

/** Only new comments run commands: an edited comment never does (it is only guarded). */
export async function onNewComment(desk: EventDesk, context: Context<"issue_comment.created">): Promise<void> {
  const { comment, issue, sender } = context.payload;
  if (isBot(sender) || isBot(comment.user ?? sender) || issue.pull_request) return;
  const text = comment.body ?? "";
  const requester = sameLogin(sender.login, issue.user?.login);
  const reading = readNewComment(text, requester);
  if (!reading.matters) return;
  await desk.dispatch(context, async () => {
    const config = reading.needsMaintainerCheck ? await desk.settings.config(context) : null;
    const maintainer =
      config !== null && (await isMaintainer(desk.repoOf(context), sender.login, config.config.maintainer_teams, desk.permissions));
    const roles = { maintainer, requester };
    const scan = visibleScan(reading, roles);
    if (!scan) return;
    const event: CaseEvent = { kind: "comment", commentId: comment.id, text, scan, roles, writtenAt: comment.created_at };
    await desk.run(context, event, { commentId: comment.id, nodeId: comment.node_id }, config);
  });
}

/** An edited comment can paste a secret (or the case's code) into a comment that was harmless: guard it. */
export async function onEditedComment(desk: EventDesk, context: Context<"issue_comment.edited">): Promise<void> {
  const { comment, issue, sender } = context.payload;
  if (isBot(sender) || isBot(comment.user ?? sender) || issue.pull_request) return;
  const text = comment.body ?? "";
  const reading = readEditedComment(text);
  if (!reading.matters) return;
  // Whose words these are: the comment's author, whoever edited it.
  const author = comment.user?.login ?? sender.login;
  const requester = sameLogin(author, issue.user?.login);
  const ctx = context as unknown as Context<"issue_comment">;
  await desk.dispatch(ctx, async () => {
    const config = reading.needsMaintainerCheck ? await desk.settings.config(context) : null;
    const maintainer =
      config !== null && (await isMaintainer(desk.repoOf(context), author, config.config.maintainer_teams, desk.permissions));
    const event: CaseEvent = {
      kind: "comment",
      commentId: comment.id,
      text,
      scan: reading.scan,
      roles: { maintainer, requester },
      edited: true,
      writtenAt: comment.created_at,
    };
    await desk.run(ctx, event, { commentId: comment.id, nodeId: comment.node_id }, config);
  });
}

/** A push that changes the desk's settings gets a check run with the verdict, where admins look. */
export async function onPush(desk: EventDesk, context: Context<"push">): Promise<void> {
  const { payload } = context;
  if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
  // Settings are YAML files: a push that changes none costs no request at all.
  if (!touchesSettings(payload.commits, null)) return;
  const { owner, repo } = context.repo();
  desk.settings.forget(owner, repo);
  const current = await desk.settings.config(context);
  if (!touchesSettings(payload.commits, current.config.form_path)) return;
  await desk.dispatch(context, async () => {
    const writer = { repo: desk.repoOf(context), botLogin: await desk.identity.login(), config: current, log: context.log };
    const { problems } = await reportSettings(writer, payload.after);
    if (problems > 0) context.log.warn({ sha: payload.after, problems }, "the desk's settings have problems; see the check run");
  });
}
