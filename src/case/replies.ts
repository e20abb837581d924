// What the app has already answered, read back from its own replies. Each reply carries a small
// hidden marker (who it answered, and what kind of answer), so the limits on refusals, `/help`
// and floods of `/code` or `/done` need no state writes: the thread itself is the record.
// Markers count only in comments written by the app.
import type { Notice } from "./notices.js";

export type ReplyKind = "refused" | "help" | "code" | "done";

export interface ReplyHistory {
  /** Replies that refused a command, per login (lower-case). */
  refusals: Record<string, number>;
  /** Comments the app already answered (their ids): a replayed comment is not answered again. */
  answered: number[];
  /** The latest reply of each kind, per login: ISO time. */
  latest: Record<string, Partial<Record<ReplyKind, string>>>;
}

export const EMPTY_HISTORY: ReplyHistory = { refusals: {}, answered: [], latest: {} };

const MARKER = "<!-- recovery-triage:reply ";

const KIND_OF: Partial<Record<Notice["kind"], ReplyKind>> = {
  refused: "refused",
  help: "help",
  "code-wrong": "code",
  "code-expired": "code",
  "code-used": "code",
  "code-not-expected": "code",
  "branch-missing": "done",
  "branch-unchecked": "done",
  "challenge-not-expected": "done",
};

export function replyKinds(notices: Notice[]): ReplyKind[] {
  return [...new Set(notices.map((n) => KIND_OF[n.kind]).filter((k): k is ReplyKind => k !== undefined))];
}

/**
 * The hidden marker every reply carries: whom it answered, what kind of answer, the comment it
 * answered, and a key unique to this reply (to find it again if its creation failed uncertainly).
 */
export function replyMarker(to: string, kinds: ReplyKind[], key: string, re: number | null): string {
  const data = { to: to.toLowerCase().replace(/[^a-z0-9[\]-]/g, ""), kinds, key: key.replace(/[^A-Za-z0-9-]/g, ""), ...(re ? { re } : {}) };
  return `\n\n${MARKER}${JSON.stringify(data)} -->`;
}

export function readReplies(comments: { author: string; body: string; createdAt: string }[], botLogin: string): ReplyHistory {
  const history: ReplyHistory = { refusals: {}, answered: [], latest: {} };
  for (const c of comments) {
    if (c.author !== botLogin) continue;
    const start = c.body.lastIndexOf(MARKER);
    if (start < 0) continue;
    const end = c.body.indexOf(" -->", start);
    try {
      const { to, kinds, re } = JSON.parse(c.body.slice(start + MARKER.length, end)) as { to: string; kinds: ReplyKind[]; re?: number };
      if (typeof to !== "string" || !Array.isArray(kinds)) continue;
      if (typeof re === "number") history.answered.push(re);
      if (kinds.includes("refused")) history.refusals[to] = (history.refusals[to] ?? 0) + 1;
      const latest = (history.latest[to] ??= {});
      for (const kind of kinds) if (!latest[kind] || latest[kind]! < c.createdAt) latest[kind] = c.createdAt;
    } catch {
      // an unreadable marker is simply not counted
    }
  }
  return history;
}

/** Limits on noise: refusals, `/help`, and answers to floods of `/code` or `/done`. */
export const LIMITS = { refusalsPerUser: 3, helpEveryMs: 3_600_000, answerEveryMs: 60_000 } as const;

/** Drops the replies that would exceed a limit. State changes still happen; only the talking stops. */
export function withinLimits(notices: Notice[], actor: string, history: ReplyHistory, now: Date): Notice[] {
  const who = actor.toLowerCase();
  const latest = history.latest[who] ?? {};
  const recent = (kind: ReplyKind, ms: number) => latest[kind] !== undefined && now.getTime() - Date.parse(latest[kind]!) < ms;
  return notices.filter((n) => {
    const kind = KIND_OF[n.kind];
    if (kind === "refused") return (history.refusals[who] ?? 0) < LIMITS.refusalsPerUser;
    if (kind === "help") return !recent("help", LIMITS.helpEveryMs);
    if (kind === "code" || kind === "done") return !recent(kind, LIMITS.answerEveryMs);
    return true;
  });
}
