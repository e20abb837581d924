// The case machine's shapes: the events it decides on, everything a decision reads, and what it
// decides. One module, imported by the machine and by the shell, so neither imports the other's
// internals (and the machine's parts import no cycle).
import type { Config } from "../../config/schema.js";
import type { CommandScan } from "../command-text/parse.js";
import type { Validation } from "../intake/validate.js";
import type { IssueSecrets } from "../safety/issue-text.js";
import type { Verifier } from "../verification/codes.js";
import type { Evidence } from "../evidence/model.js";
import type { OpenCase } from "./assign.js";
import type { Notice } from "./notices/rules.js";
import type { ReplyHistory } from "./notices/replies.js";
import type { CaseState } from "./state.js";
import type { ThreadComment } from "./processed.js";
import type { Reading } from "../../language/detect.js";

/** The outcome of checking a challenge branch, done by the shell before deciding. */
/** `repo-gone`: the branch is missing because the app cannot see the repository any more. */
export type BranchCheck = "found" | "missing" | "repo-gone" | "error";

/** What the shell learned about a comment's author through the API. */
export interface Roles {
  maintainer: boolean;
  requester: boolean;
}

/** What the sweep learns about the queue: the requests still open before this one, and cases decided per week lately. */
export interface QueueFacts {
  ahead: number;
  /** Over the last 8 weeks; null when there is too little history to say. */
  decidedPerWeek: number | null;
}

export type CaseEvent =
  /** A new request, a request labelled later, or a request seen for the first time without a card. */
  /** `late`: taken in by the sweep or a later event, not by the `opened` webhook (lost, or filed before the desk was installed). */
  | { kind: "opened"; late?: boolean }
  | { kind: "edited" }
  | { kind: "closed" }
  | { kind: "reopened" }
  /** Another open request (`other`) claims the same account from a different person. */
  | { kind: "conflict"; other: number; reviewer: string | null }
  /**
   * A new comment: its commands and what the shell learned about its author. `edited`: an existing
   * comment was edited; it is only guarded for secrets, never run. `writtenAt`: when the comment
   * was created (a command written before the request last named another account never applies).
   */
  | {
      kind: "comment";
      commentId: number;
      text: string;
      scan: CommandScan;
      roles: Roles;
      edited?: boolean;
      writtenAt?: string;
      /** A move on the project board, run as the command it means (features/board/board-door.ts): no comment to record. */
      fromBoard?: true;
      /**
       * Found by the sweep: its webhook was lost. `apply`: run it now (the author's roles checked as of
       * now); `too-late`: ask its author to repeat it; `guard`: only guard it (too old even to ask
       * about, or edited since). Each is recorded as processed.
       */
      replay?: { mode: "apply" | "too-late" | "guard" };
    }
  /** The periodic sweep, with the desk's queue as it stands: requests filed before this one, and the recent pace. */
  | { kind: "sweep"; queue?: QueueFacts };

export interface IssueSnapshot {
  number: number;
  author: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  open: boolean;
  createdAt?: string;
  nodeId?: string;
  /** The conversation is locked (only collaborators can comment). */
  locked?: boolean;
}

export interface DecideInput {
  event: CaseEvent;
  /** Who caused the event (the webhook's sender, or the app for the sweep). */
  actor: string;
  issue: IssueSnapshot;
  previous: CaseState | null;
  validation: Validation;
  config: Config;
  /** The repository's open requests; required when `needsOpenCases` says so, null otherwise. */
  openRequests: OpenCase[] | null;
  now: Date;
  /** `owner/repo` of the support repository (codes are bound to it). */
  repo: string;
  /** Null when RECOVERY_SECRET is not set: verification commands then explain that they are off. */
  verifier: Verifier | null;
  /** When the requester last commented on the issue (their activity stops the stale timer). */
  lastRequesterComment: string | null;
  /** The challenge branch check, when `needsBranchCheck` asked for one. */
  branch: BranchCheck | null;
  /** Secrets found in the issue's title or body, with what they should read instead. */
  issueSecrets: IssueSecrets | null;
  /** What the app already answered on this issue (for the limits on noise). */
  replies: ReplyHistory;
  /**
   * Logins GitHub said cannot be assigned on this repository (the shell asks before assigning
   * anyone new, and decides again when one is refused). Lower-case.
   */
  unassignable: string[];
  /**
   * Repositories a `/verify repo` in this comment names, as GitHub shows them to the app: false when
   * it cannot see one (private, misspelt, renamed), so the challenge could never be met. Lower-case names.
   */
  repoVisibility?: Record<string, boolean>;
  /** The thread's comments as the processed record needs them (domain/case/processed.ts); empty: only the event's own. */
  thread?: readonly ThreadComment[];
  /** Ownership evidence the shell gathered for this event (domain/evidence/assess.ts says when); stored on the card. */
  evidence?: Evidence | null;
  /**
   * Who started a factor this event may complete and no longer holds the role, asked of GitHub now
   * (lower-case): what they started is voided, never completed.
   */
  withoutRole?: string[];
  /** Comments only asking for news in the day before this comment, read from the thread (the cap on hides). */
  newsAsksBefore?: number;
  /** GitHub refused the lock this step's previous plan made (the executor's fact): record it, lock later. */
  lockRefused?: boolean;
  /** The language of the requester's own words (reason and comments), read by the shell; absent: keep the case's. */
  language?: Reading;
}

export interface Decision {
  /** Null: the issue is not a case and nothing is written. */
  state: CaseState | null;
  /** Other cases this decision touches (a conflict is shown on both requests). */
  related: { issue: number; event: CaseEvent }[];
  /** Folded into at most one new comment. */
  notices: Notice[];
  /** Assignees to remove (`/unassign`). */
  unassign: string[];
  /** Delete the comment that caused the event (it held a one-time code). */
  deleteComment: boolean;
  /** Hide the comment that caused the event as outdated (it only asked for news: domain/command-text/news-ask.ts). */
  hideComment: boolean;
  /** Rewrite the comment that caused the event as this (the requester's email address removed). */
  rewriteComment: string | null;
  /** Commands were accepted: acknowledge with 👍 if nothing else would show it. */
  accepted: boolean;
  /** The issue's title and/or body with secrets replaced, when they must be rewritten. */
  rewrite: IssueSecrets["rewrite"] | null;
  /** Open the closed issue again (the requester got their case back: domain/case/reopening.ts). */
  reopen: boolean;
  /** Lock the decided case's thread, or unlock the desk's lock on a case open again (domain/case/locking.ts). */
  lock: "lock" | "unlock" | null;
}

export function outcome(state: CaseState | null, extra: Partial<Decision> = {}): Decision {
  return {
    state,
    related: [],
    notices: [],
    unassign: [],
    deleteComment: false,
    hideComment: false,
    rewriteComment: null,
    accepted: false,
    rewrite: null,
    reopen: false,
    lock: null,
    ...extra,
  };
}

/** The comment that caused the event, when there is one (for deleting it or reacting to it). */
export interface Trigger {
  commentId: number;
  nodeId?: string;
}
