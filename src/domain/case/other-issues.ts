// The secret guard for issues of the support repository that are not recovery requests. A token
// pasted into any public issue is just as leaked, so those issues are guarded too — with writes
// only when a secret is found: the comment deleted, or the title/body rewritten and labelled, and
// its author told once (within the same limits on noise as on requests).
import type { CaseEvent } from "./model.js";
import type { Notice } from "./notices/rules.js";
import { withinLimits, type ReplyHistory } from "./notices/replies.js";
import type { IssueSecrets } from "../safety/issue-text.js";
import { findSecrets, kindsOf } from "../safety/secrets.js";

export interface GuardInput {
  event: CaseEvent;
  actor: string;
  issueSecrets: IssueSecrets | null;
  replies: ReplyHistory;
  now: Date;
}

export interface GuardDecision {
  deleteComment: boolean;
  rewrite: IssueSecrets["rewrite"] | null;
  /** Label the issue as a security matter. */
  flag: boolean;
  notices: Notice[];
}

export function guardOtherIssue(input: GuardInput): GuardDecision {
  const { event } = input;
  const decision: GuardDecision = { deleteComment: false, rewrite: null, flag: false, notices: [] };
  if (event.kind === "comment") {
    // Maintainers' comments are not scanned (they quote formats when explaining them).
    const kinds = event.roles.maintainer ? [] : kindsOf(findSecrets(event.text));
    if (kinds.length > 0) {
      decision.deleteComment = true;
      decision.flag = true;
      decision.notices.push({ kind: "secret-in-comment", kinds, commenter: input.actor });
    }
  } else if (input.issueSecrets) {
    const { kinds, parts, rewrite } = input.issueSecrets;
    decision.rewrite = rewrite;
    decision.flag = true;
    decision.notices.push({ kind: "secret-in-body", kinds, parts, subject: "issue" });
  }
  return { ...decision, notices: withinLimits(decision.notices, input.actor, input.replies, input.now) };
}
