// A maintainer moved a case on the project board (features/board/board-sync.ts keeps the board following
// the cases): the move runs the matching command as if typed on the issue, with the same checks;
// a move that cannot be one, or that the case refuses, is put back with a note saying why.
import { postNote, putBoardItemBack } from "../../spine/door-writes.js";
import type { Context, ProbotOctokit } from "probot";
import { boardMove } from "../../domain/case/board-moves.js";
import { readCommands } from "../../domain/case/commands/index.js";
import type { CaseEvent } from "../../domain/case/model.js";
import { decodeState } from "../../domain/case/state.js";
import type { Status } from "../../domain/case/statuses.js";
import { sameLogin } from "../../domain/text/login.js";
import { isMaintainer } from "../../github/permissions.js";
import { ProjectBoard } from "../../github/project-board.js";
import { randomUUID } from "node:crypto";
import { renderNotices } from "../../domain/case/notices/reply-text.js";
import type { Notice } from "../../domain/case/notices/rules.js";
import { readReplies, withinLimits } from "../../domain/case/notices/replies.js";
import { findCard } from "../../domain/case/find-card.js";
import { isBot } from "../../domain/text/login.js";
import type { Desk } from "../../spine/service.js";
import type { BoardSync } from "./board-sync.js";

/** Moves on the project board (features/board/board-door.ts). */
export type BoardDesk = Pick<Desk, "apply" | "clientFor" | "dispatch" | "identity" | "isOwn" | "now" | "permissions" | "settings">;

/** A delivery's GUID as a positive number: the board move's stand-in for a comment id (the same on a redelivery). */
function moveId(delivery: string): number {
  let h = 0;
  for (const ch of delivery) h = (h * 31 + ch.charCodeAt(0)) % 2_000_000_000;
  return h + 1;
}

export async function onProjectItemEdited(desk: BoardDesk, sync: BoardSync, context: Context<"projects_v2_item.edited">): Promise<void> {
  const { projects_v2_item: item, changes, sender } = context.payload;
  const change = changes && "field_value" in changes ? changes.field_value : undefined;
  // A single-select value arrives as an option ({id, name}); anything else is not a status move.
  const to =
    change?.to && typeof change.to === "object" && "name" in change.to && typeof change.to.name === "string" ? change.to.name : null;
  // Bots never move cases (the app's own moves come back as events too).
  if (isBot(sender) || (await desk.isOwn(sender.login)) || item.content_type !== "Issue" || !change || to === null) return;
  const octokit = context.octokit as unknown as ProbotOctokit;
  const board = new ProjectBoard(octokit);
  const issue = await board.issueOf(item.content_node_id);
  if (!issue) return;
  const config = await desk.settings.configFor(octokit, issue.owner, issue.repo, context.log);
  const project = config.config.project;
  const field = project ? await sync.field(board, project) : null;
  if (!project || !field || field.projectId !== item.project_node_id || change.field_node_id !== field.fieldId) return;
  // The board already shows the move: following it must not set the same status again.
  const toId = change.to && typeof change.to === "object" && "id" in change.to ? String(change.to.id) : null;
  // Where it was before the move: put back there when the case's status has no option on the board.
  const fromOption = change.from && typeof change.from === "object" && "id" in change.from ? { id: String(change.from.id) } : null;
  if (toId && item.node_id) sync.remember(field, item.content_node_id, item.node_id, toId);

  await desk.dispatch(
    context as never,
    async () => {
      const repo = desk.clientFor(octokit, issue.owner, issue.repo);
      const botLogin = await desk.identity.login();
      const comments = await repo.listComments(issue.number);
      const card = findCard(comments, botLogin);
      const state = card ? decodeState(card.body) : null;
      if (!state) return;
      const maintainer = await isMaintainer(repo, sender.login, config.config.maintainer_teams, desk.permissions);
      const wanted = sync.statusOf(project, to, state.status);
      const move = wanted ? boardMove(state.status, wanted) : { refused: "that option is not one of the desk's statuses" };
      if ("nothing" in move) return;
      let status: Status | null = state.status;
      if (maintainer && "command" in move) {
        const event: CaseEvent = {
          kind: "comment",
          commentId: moveId(context.id),
          text: move.command,
          scan: readCommands(move.command),
          fromBoard: true,
          roles: { maintainer: true, requester: sameLogin(sender.login, state.author) },
        };
        const target = { octokit, repo, isPublic: !issue.isPrivate, number: issue.number, delivery: context.id };
        const form = await desk.settings.formFor(octokit, repo, context.log);
        status = await desk.apply(target, event, sender.login, null, config, form, context.log);
        if (status === wanted) return;
      }
      // Put the board back where the case is (or, if the case's status has no option, where it was),
      // and say why: a refused command has replied on the issue already.
      const back = (status ? sync.optionFor(field, project, status) : null) ?? fromOption;
      // Every write through the one executor: the move back, then the note.
      const writer = { repo, botLogin, config, board, log: context.log };
      if (back && item.node_id && back.id !== toId) {
        const itemNow = { itemId: item.node_id, optionId: toId };
        const place = { field, fieldName: project.status_field, contentId: item.content_node_id, item: itemNow, optionId: back.id };
        await putBoardItemBack(writer, issue.number, place);
        sync.remember(field, item.content_node_id, item.node_id, back.id);
      }
      if (!maintainer || "refused" in move) {
        const why = maintainer ? (move as { refused: string }).refused : "only the desk's maintainers can change a case";
        const notice: Notice = { kind: "board-move-refused", mover: sender.login, to, why };
        // The same limits on noise as a refused command: a flood of moves gets three notes, then silence.
        const replies = readReplies(comments, botLogin);
        const key = randomUUID();
        const note = renderNotices(
          withinLimits([notice], sender.login, replies, desk.now()),
          { author: state.author, reviewer: null },
          config.config,
          sender.login,
          {
            key,
            re: null,
            history: replies,
            now: desk.now(),
          },
        );
        if (note) await postNote(writer, issue.number, { body: note, key });
      }
    },
    `${issue.owner}/${issue.repo}#${issue.number}`,
  );
}
