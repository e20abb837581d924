// Choosing a reviewer for a case entering the queue.
import type { Config } from "../../config/schema.js";
import { sameLogin } from "../text/login.js";

/** What the app knows of the other open requests (from one listing of the repository's issues). */
export interface OpenCase {
  number: number;
  author: string;
  /** The username the request currently names, when it names exactly one valid name. */
  username: string | null;
  assignees: string[];
  /** A reviewer has taken it up (statuses.ts `inHand`): it is no longer ahead of later requests. */
  inHand?: boolean;
}

/** How many requests filed before this one still wait for a reviewer: the queue position at every door. */
export function waitingBefore(cases: readonly OpenCase[], number: number): number {
  return cases.filter((c) => c.number < number && !c.inHand).length;
}

/**
 * round-robin takes turns by issue number rather than by "who got the last one": the choice then
 * depends only on the issue, so a burst of requests handled at once still spreads evenly and
 * handling the same event twice picks the same person. Unavailable reviewers and the requester
 * are skipped by moving on to the next name in the list.
 */
export function pickReviewer(
  config: Config,
  issue: { number: number; author: string },
  openRequests: OpenCase[],
  /** Logins GitHub refuses to assign on this repository (left the organisation, lost access). */
  unassignable: readonly string[] = [],
): string | null {
  const eligible = (login: string) =>
    !sameLogin(login, issue.author) &&
    !config.unavailable.some((u) => sameLogin(u, login)) &&
    !unassignable.some((u) => sameLogin(u, login));
  const n = config.reviewers.length;
  if (n === 0) return null;
  const start = issue.number % n;
  const rotation = Array.from({ length: n }, (_, i) => config.reviewers[(start + i) % n]!).filter(eligible);
  if (rotation.length === 0) return null;
  if (config.assignment === "round-robin") return rotation[0]!;

  // least-loaded: fewest open cases; ties go to the round-robin order, so the spread stays even.
  const load = (login: string) =>
    openRequests.filter((c) => c.number !== issue.number && c.assignees.some((a) => sameLogin(a, login))).length;
  let best = rotation[0]!;
  for (const login of rotation) if (load(login) < load(best)) best = login;
  return best;
}

/** The reviewer already responsible for a case: an assignee who is a configured reviewer, else any assignee. */
export function currentReviewer(config: Config, assignees: string[]): string | null {
  return assignees.find((a) => config.reviewers.some((r) => sameLogin(r, a))) ?? assignees[0] ?? null;
}
