// The desk's side of a GitHub Project (v2): every decided case is an item whose status follows
// the case — an idempotent add that also tells the item's current status, then one update only if
// it differs; remembered, so an unchanged case costs nothing. It decides the option; the executor
// writes the move, like every other write.
import type { Probot, ProbotOctokit } from "probot";
import { STATUSES, type Status } from "../../domain/case/statuses.js";
import type { Config } from "../../config/schema.js";
import { ProjectBoard, type StatusField } from "../../github/project-board.js";
import type { DecidedCase } from "../../memory/case-records.js";
import type { Write } from "../../domain/case/plan.js";
import { applyPlan, type WriterDeps } from "../../spine/executor.js";
import type { CaseFollower } from "../../spine/features.js";

export type ProjectConfig = NonNullable<Config["project"]>;

export class BoardSync implements CaseFollower {
  private readonly fields = new Map<string, Promise<StatusField | null>>();
  /** Each item and the option it was last set to by this process, by `project:issue node`. */
  private readonly synced = new Map<string, { itemId: string; optionId: string }>();

  field(board: ProjectBoard, project: ProjectConfig): Promise<StatusField | null> {
    const key = `${project.owner}/${project.number}/${project.status_field}`.toLowerCase();
    let field = this.fields.get(key);
    if (!field) {
      field = board.statusField(project.owner, project.number, project.status_field);
      field.then((f) => f ?? this.fields.delete(key)).catch(() => this.fields.delete(key));
      this.fields.set(key, field);
    }
    return field;
  }

  optionFor(field: StatusField, project: ProjectConfig, status: Status): { id: string; name: string } | null {
    const wanted = project.options[status].toLowerCase();
    return field.options.find((o) => o.name.toLowerCase() === wanted) ?? null;
  }

  /**
   * The status an option stands for. Several statuses may share one column (a preset's "Complete"):
   * the case's own status when it is one of them (so the move changes nothing), else the first.
   */
  statusOf(project: ProjectConfig, optionName: string, current: Status): Status | null {
    const matches = STATUSES.filter((s) => project.options[s].toLowerCase() === optionName.toLowerCase());
    return matches.includes(current) ? current : (matches[0] ?? null);
  }

  /** After each decided case (the spine's CaseFollower): its item follows it, when the repository has a board. */
  follow(
    octokit: ProbotOctokit,
    writer: Omit<WriterDeps, "board">,
    config: Config,
    decided: DecidedCase,
    log: Probot["log"],
  ): Promise<number> {
    return config.project ? this.sync(new ProjectBoard(octokit), writer, config, decided, log) : Promise.resolve(0);
  }

  /**
   * Puts the case's item in its status, as a plan step the executor applies; the writes it made (0
   * when it already was). Never throws: the board is secondary.
   */
  async sync(
    board: ProjectBoard,
    writer: Omit<WriterDeps, "board">,
    config: Config,
    decided: DecidedCase,
    log: Probot["log"],
  ): Promise<number> {
    const project = config.project;
    if (!project || !decided.nodeId) return 0;
    try {
      const field = await this.field(board, project);
      const option = field && this.optionFor(field, project, decided.state.status);
      if (!field || !option) return 0;
      const key = `${field.projectId}:${decided.nodeId}`;
      const known = this.synced.get(key) ?? null;
      if (known?.optionId === option.id) return 0;
      // The first time in this process the item is added (or found), which also tells its current status.
      const step: Write = {
        kind: "board-place",
        field,
        fieldName: project.status_field,
        contentId: decided.nodeId,
        item: known,
        optionId: option.id,
      };
      const applied = await applyPlan({ ...writer, board }, decided.number, [step]);
      if (applied.boardItem) this.synced.set(key, { itemId: applied.boardItem.itemId, optionId: option.id });
      return applied.writes;
    } catch (error) {
      log.warn({ err: error, issue: decided.number }, "could not update the project board; the next event or sweep tries again");
      return 0;
    }
  }

  remember(field: StatusField, nodeId: string, itemId: string, optionId: string): void {
    this.synced.set(`${field.projectId}:${nodeId}`, { itemId, optionId });
  }
}
