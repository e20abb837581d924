// What the app has already answered, read back from its own replies. Each reply carries a small
// hidden marker (whom it answered, what kinds of answer, whom it called), so every limit on noise
// needs no state writes: the thread itself is the record. Markers count only in comments written
// by the app.
import { loginKey } from "../../text/login.js";
import { NOTICE_RULES, type LimitedKind, type Notice } from "./rules.js";

/** A marker kind: one of the limited kinds, or `answer` for any reply that counts toward the cap. */
export type ReplyKind = LimitedKind | "answer";

export interface ReplyHistory {
  /** Replies that refused a command, per login (lower-case). */
  refusals: Record<string, number>;
  /** Comments the app already answered (their ids): a replayed comment is not answered again. */
  answered: number[];
  /** Each reply's time, per login and kind: ISO times. */
  sent: Record<string, Partial<Record<ReplyKind, string[]>>>;
  /** When the reviewer was last mentioned, per notice kind (the cause). */
  pinged: Partial<Record<Notice["kind"], string>>;
}

export const EMPTY_HISTORY: ReplyHistory = { refusals: {}, answered: [], sent: {}, pinged: {} };

const MARKER = "<!-- recovery-triage:reply ";
const HOUR = 3_600_000;

/**
 * The limits, per user and issue (news: per issue). An answer is any reply to what someone did (see NOTICE_RULES);
 * once a user reaches the cap the desk still acts (deletes secrets, applies commands) but stops
 * replying to them until the window has passed.
 */
const REPLY_LIMITS = {
  answersPerDay: 5,
  refusalsPerUser: 3,
  helpEveryMs: HOUR,
  answerEveryMs: 60_000,
  reviewerPingEveryMs: HOUR,
  /** Where a queued request stands, told once a week per issue whoever asks (the card says it anyway). */
  newsEveryMs: 7 * 24 * HOUR,
} as const;

/**
 * Comments that only ask for news hidden per case in a day (each hide is a write GitHub paces): a
 * flood beyond it stays visible rather than spend the installation's writes on tidiness. Counted
 * from the thread itself, so every door hides the same comments.
 */
export const HIDES_PER_DAY = 25;

export function replyKinds(notices: Notice[]): ReplyKind[] {
  const kinds = new Set<ReplyKind>();
  for (const n of notices) {
    const rule = NOTICE_RULES[n.kind];
    if (rule.answer) kinds.add("answer");
    if (rule.limit) kinds.add(rule.limit);
  }
  return [...kinds];
}

/**
 * The hidden marker every reply carries: whom it answered, what kind of answer, the comment it
 * answered, the causes it mentioned the reviewer for, and a key unique to this reply (to find it
 * again if its creation failed uncertainly).
 */
export function replyMarker(to: string, kinds: ReplyKind[], key: string, re: number | null, pinged: Notice["kind"][] = []): string {
  const data = {
    to: to.toLowerCase().replace(/[^a-z0-9[\]-]/g, ""),
    kinds,
    key: key.replace(/[^A-Za-z0-9-]/g, ""),
    ...(re ? { re } : {}),
    ...(pinged.length > 0 ? { pinged } : {}),
  };
  return `\n\n${MARKER}${JSON.stringify(data)} -->`;
}

export function readReplies(comments: { author: string; body: string; createdAt: string }[], botLogin: string): ReplyHistory {
  const history: ReplyHistory = { refusals: {}, answered: [], sent: {}, pinged: {} };
  for (const c of comments) {
    if (c.author !== botLogin) continue;
    const start = c.body.lastIndexOf(MARKER);
    if (start < 0) continue;
    const end = c.body.indexOf(" -->", start);
    try {
      const { to, kinds, re, pinged } = JSON.parse(c.body.slice(start + MARKER.length, end)) as {
        to: string;
        kinds: ReplyKind[];
        re?: number;
        pinged?: unknown;
      };
      if (typeof to !== "string" || !Array.isArray(kinds)) continue;
      if (typeof re === "number") history.answered.push(re);
      if (kinds.includes("refused")) history.refusals[to] = (history.refusals[to] ?? 0) + 1;
      const sent = (history.sent[to] ??= {});
      for (const kind of kinds) (sent[kind] ??= []).push(c.createdAt);
      if (Array.isArray(pinged)) {
        for (const cause of pinged) {
          if (typeof cause !== "string" || !(cause in NOTICE_RULES)) continue;
          const kind = cause as Notice["kind"];
          if (!history.pinged[kind] || history.pinged[kind]! < c.createdAt) history.pinged[kind] = c.createdAt;
        }
      }
    } catch {
      // an unreadable marker is simply not counted
    }
  }
  return history;
}

/** Drops the replies that would exceed a limit. State changes still happen; only the talking stops. */
export function withinLimits(notices: Notice[], actor: string, history: ReplyHistory, now: Date): Notice[] {
  const who = loginKey(actor);
  const sent = history.sent[who] ?? {};
  const since = (kind: ReplyKind, ms: number) => (sent[kind] ?? []).filter((t) => now.getTime() - Date.parse(t) < ms).length;
  const answersLeft = REPLY_LIMITS.answersPerDay - since("answer", 24 * HOUR);
  return notices.filter((n) => {
    const rule = NOTICE_RULES[n.kind];
    if (rule.answer && answersLeft <= 0) return false;
    if (rule.limit === "refused") return (history.refusals[who] ?? 0) < REPLY_LIMITS.refusalsPerUser;
    if (rule.limit === "help") return since("help", REPLY_LIMITS.helpEveryMs) === 0;
    if (rule.limit === "code" || rule.limit === "done") return since(rule.limit, REPLY_LIMITS.answerEveryMs) === 0;
    if (rule.limit === "daily") return since("daily", 24 * HOUR) === 0;
    if (rule.limit === "news") return toAnyone("news", REPLY_LIMITS.newsEveryMs, history, now) === 0;
    return true;
  });
}

/** Replies of one kind sent to anyone on this issue within the window. */
function toAnyone(kind: ReplyKind, ms: number, history: ReplyHistory, now: Date): number {
  const times = Object.values(history.sent).flatMap((sent) => sent[kind] ?? []);
  return times.filter((t) => now.getTime() - Date.parse(t) < ms).length;
}

/** The causes (notice kinds) for which the reviewer may be mentioned now: once per issue per hour each. */
export function reviewerPings(notices: Notice[], history: ReplyHistory, now: Date): Notice["kind"][] {
  const causes = [...new Set(notices.filter((n) => NOTICE_RULES[n.kind].reviewer).map((n) => n.kind))];
  return causes.filter((kind) => {
    const last = history.pinged[kind];
    return !last || now.getTime() - Date.parse(last) >= REPLY_LIMITS.reviewerPingEveryMs;
  });
}
