// The stand-in's stored objects as GitHub's API and webhooks show them (see shapes.ts), pointing
// at the stand-in's own address.
import { commentShape, issueShape, labelShape, repositoryShape, userShape, type ShapeContext } from "./shapes.js";
import type { Store, StoredComment, StoredIssue, User } from "./store.js";

export class Json {
  constructor(
    private readonly store: Store,
    /** Where the objects point (known once the server listens). */
    readonly context: () => ShapeContext,
  ) {}

  user(user: User) {
    return userShape(this.context(), user.login, user.id, user.type);
  }

  issue(issue: StoredIssue) {
    const comments = this.store.commentsOf(issue.number).length;
    return issueShape(this.context(), { ...issue, assignees: issue.assignees.map((login) => this.store.user(login)), comments });
  }

  comment(comment: StoredComment) {
    const plusOnes = this.store.reactions.filter((r) => r.comment === comment.id && r.content === "+1").length;
    return commentShape(this.context(), comment, plusOnes);
  }

  label(name: string) {
    return labelShape(this.context(), name);
  }

  /** A user-owned repository's owner is the stand-in's person of that login (the same numeric id everywhere). */
  repository(owner: string, name: string, ownerType?: "User" | "Organization") {
    const ownerId = ownerType === "User" ? this.store.user(owner).id : undefined;
    return repositoryShape(this.context(), owner, name, ownerType, ownerId);
  }
}
