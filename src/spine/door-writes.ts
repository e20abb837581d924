// The writes a door makes that are not a case's decision — a board item put back where its case
// stands, a note to whoever moved it, the verdict on the desk's settings — as plan steps for the one
// executor, so that no door calls a write (or the executor) itself.
import type { BoardItem, Write } from "../domain/case/plan.js";
import type { StatusField } from "../github/project-board.js";
import { applyPlan, type WriterDeps } from "./executor.js";

export type { WriterDeps };

/** Puts a board item back in `optionId` (it shows `item.optionId` now). */
export async function putBoardItemBack(
  writer: WriterDeps,
  number: number,
  place: { field: StatusField; fieldName: string; contentId: string; item: BoardItem; optionId: string },
): Promise<number> {
  return (await applyPlan(writer, number, [{ kind: "board-place", ...place }])).writes;
}

/** A note on the issue (its key lets a retried creation find it instead of posting twice). */
export async function postNote(writer: WriterDeps, number: number, note: { body: string; key: string }): Promise<number> {
  return (await applyPlan(writer, number, [{ kind: "reply", ...note }])).writes;
}

/** The settings' verdict as a check run on the commit. */
export async function recordCheckRun(writer: WriterDeps, check: Omit<Extract<Write, { kind: "check-run" }>, "kind">): Promise<number> {
  return (await applyPlan(writer, 0, [{ kind: "check-run", ...check }])).writes;
}
