// GitHub's secondary rate limits on writes, as the stand-in enforces them when asked: content
// writes at least 1 s apart, comment creation 3 s apart. A write that comes too early is refused
// (403 with retry-after) and counted; every write is counted either way.

export interface PacingReport {
  /** Content writes GitHub would pace (anything but GET and token requests). */
  writes: number;
  /** Of which comment creations (paced 3 s apart). */
  commentCreations: number;
  /** Requests refused for coming too early. */
  violations: number;
  /** Faults injected, by kind. */
  injected: { error502: number; error502AfterWrite: number; secondary403: number };
}

export interface Refusal {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const WRITE_GAP_MS = 1000;
const COMMENT_GAP_MS = 3000;
/** Timer jitter between the client's scheduler and this server. */
const TOLERANCE_MS = 100;

export class Pacer {
  readonly report: PacingReport = {
    writes: 0,
    commentCreations: 0,
    violations: 0,
    injected: { error502: 0, error502AfterWrite: 0, secondary403: 0 },
  };
  private lastWrite = 0;
  private lastComment = 0;

  constructor(private readonly enforce: boolean) {}

  /** Counts a write, or refuses it (as a secondary limit) when it comes too soon after the last. */
  pace(creation: boolean, now = Date.now()): Refusal | null {
    if (this.enforce) {
      const early =
        now - this.lastWrite < WRITE_GAP_MS - TOLERANCE_MS || (creation && now - this.lastComment < COMMENT_GAP_MS - TOLERANCE_MS);
      if (early) {
        this.report.violations++;
        return { status: 403, body: { message: "You have exceeded a secondary rate limit." }, headers: { "retry-after": "1" } };
      }
    }
    this.lastWrite = now;
    this.report.writes++;
    if (creation) {
      this.lastComment = now;
      this.report.commentCreations++;
    }
    return null;
  }
}
