// The installation's budget of content-creating writes, as GitHub publishes it: about 80 a minute
// and 500 an hour, across REST and GraphQL (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits).
// The desk spends it by priority: what a person is waiting for (a webhook's event: a new request's
// card, a maintainer's command, a requester's reply, a secret removed) may use all of it; background
// work (the sweep: adoption, reminders, locks, catching up) only what is left above a reserve, so a
// new request always finds room. Background work that would have to wait is deferred to the next
// sweep — counted and visible, never dropped. The numbers can be lowered (never raised) through
// GITHUB_WRITES_PER_HOUR and GITHUB_WRITES_PER_MINUTE, for installations shared with other tools.

/** GitHub's published secondary limits on content creation (one place; the stand-in enforces the same). */
export const GITHUB_WRITE_LIMITS = { perMinute: 80, perHour: 500 } as const;

/**
 * GitHub's other published secondary limits (same page): requests in flight at once, shared by REST
 * and GraphQL; points a minute for the REST endpoint (a GET, HEAD or OPTIONS costs 1, any other
 * method 5) and for the GraphQL endpoint (a query 1, a mutation 5). The stand-in enforces them.
 */
export const GITHUB_REQUEST_LIMITS = { concurrent: 100, restPointsPerMinute: 900, graphqlPointsPerMinute: 2000 } as const;

/**
 * Share of each window kept for what a person is waiting for, at least: the reserve grows with the
 * rate people have been writing at (measured over the last hour and the last ten minutes), up to half.
 */
const RESERVE_SHARE = 0.1;
const MOST_RESERVED_SHARE = 0.5;
/** Beyond the rate, room for one new request's writes (its card, its labels, a reply) arriving at once. */
const PEOPLE_BURST = 3;
/**
 * Background work waits this long for room at most; beyond, it is deferred to the next sweep.
 * Writes are planned in time order, so it is also the longest a person's write waits behind one.
 */
const BACKGROUND_WAIT_MS = 10_000;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** People's recent rate is also read over this shorter span, so a busy start is seen within minutes. */
const RECENT_MINUTES = 10;
/**
 * A write's place is counted from when it is sent; GitHub counts it from when it arrives. A write
 * sent the moment an older one leaves a window could arrive while the older one, slower in transit,
 * still counts there: a window is taken to end this much later (the adoption benchmark saw one refusal).
 */
const TRANSIT_MS = 2_000;

export type Priority = "person" | "background";

/** A write planned: when it is (or was) sent, and for whom. */
export interface PlannedWrite {
  at: number;
  priority: Priority;
}

/** Background work found no room in the budget: left for the next sweep (not a failure). */
export class WriteDeferred extends Error {
  constructor(readonly untilMs: number) {
    super(`the installation's write budget is kept for people's requests until ${new Date(untilMs).toISOString()}; deferred`);
  }
}

export interface WriteLimits {
  perMinute: number;
  perHour: number;
  /**
   * GitHub's minute and hour as they pass in this world: 1 (the default) is real time; a benchmark
   * that adopts hours of backlog in minutes compresses them (0.01: an hour of 36 s), for the desk and
   * the stand-in alike. Never read from the environment: a deployment always has GitHub's clock.
   */
  timeScale?: number;
}

/** The windows the limits are counted over (GitHub's minute and hour, unless a benchmark compresses time). */
export function windowsOf(limits: WriteLimits): { minute: number; hour: number } {
  const scale = limits.timeScale ?? 1;
  return { minute: MINUTE_MS * scale, hour: HOUR_MS * scale };
}

/** The limits in force: GitHub's, lowered by the environment where asked (a bad or higher value keeps GitHub's). */
export function writeLimits(env: Record<string, string | undefined>): WriteLimits {
  const lowered = (name: string, github: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isInteger(value) && value >= 1 && value < github ? value : github;
  };
  return {
    perMinute: lowered("GITHUB_WRITES_PER_MINUTE", GITHUB_WRITE_LIMITS.perMinute),
    perHour: lowered("GITHUB_WRITES_PER_HOUR", GITHUB_WRITE_LIMITS.perHour),
  };
}

/**
 * Background work's room is what people will not need before the hour's window frees it. A
 * background write is allowed at `at` only if, at each moment an older write leaves the window,
 * the room left then still covers people's expected writes until that moment. Early in an hour
 * that keeps the whole reserve; near the moment the window rolls on, little is needed and the
 * background may use it — so a backlog is not held back by a reserve people do not use, and a
 * person never waits for room the background took.
 */
export class WriteBudget {
  /** Each write of the last hour, when it was (or will be) sent, in order. */
  private sent: PlannedWrite[] = [];
  /** Background writes deferred since the start (for /metrics). */
  deferred = 0;

  private readonly minute: number;
  private readonly hour: number;
  private readonly transit: number;
  private readonly backgroundWait: number;

  constructor(
    readonly limits: WriteLimits = GITHUB_WRITE_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {
    ({ minute: this.minute, hour: this.hour } = windowsOf(limits));
    // In compressed time a request still takes real time to arrive: never less than a tenth of a second.
    this.transit = Math.max(100, TRANSIT_MS * (limits.timeScale ?? 1));
    this.backgroundWait = BACKGROUND_WAIT_MS * (limits.timeScale ?? 1);
  }

  /**
   * The earliest moment at or after `at` when one more write fits both windows for `priority`, and
   * that moment is taken. A write that would wait longer than `maxWaitMs` (background work:
   * BACKGROUND_WAIT_MS) throws WriteDeferred instead, and nothing is taken: a place planned for a
   * write never made would hold back every write after it.
   */
  take(priority: Priority, at = this.clock(), maxWaitMs = priority === "background" ? this.backgroundWait : Infinity): number {
    const when = this.earliest(priority, at);
    if (when - at > maxWaitMs) {
      if (priority === "background") this.deferred++;
      throw new WriteDeferred(when);
    }
    this.sent.push({ at: when, priority });
    return when;
  }

  /** Whether `priority` could make a write now without waiting. */
  hasRoom(priority: Priority, now = this.clock()): boolean {
    return this.earliest(priority, now) <= now;
  }

  /** When `priority` next has room for a write (now, if it has some), without taking it. */
  nextRoom(priority: Priority, now = this.clock()): number {
    return this.earliest(priority, now);
  }

  /** The writes of the last hour as another holder of the budget knows them (instances sharing Redis). */
  replace(sent: PlannedWrite[]): void {
    this.sent = [...sent].sort((x, y) => x.at - y.at);
  }

  /** Writes in the last hour, for /metrics and the page. */
  usedThisHour(now = this.clock()): number {
    return this.sent.filter((w) => w.at > now - this.hour && w.at <= now).length;
  }

  /** The people's writes expected per millisecond: their recent rate, at least the reserve's share, at most half. */
  peopleRate(now = this.clock()): number {
    const people = this.sent.filter((w) => w.priority === "person" && w.at <= now);
    const since = (span: number) => people.filter((w) => w.at > now - span).length / span;
    const least = (this.limits.perHour * RESERVE_SHARE) / this.hour;
    const most = (this.limits.perHour * MOST_RESERVED_SHARE) / this.hour;
    return Math.min(most, Math.max(least, since(this.hour), since(RECENT_MINUTES * this.minute)));
  }

  /** Writes are taken in time order (each no earlier than the last), so each window only looks back. */
  private earliest(priority: Priority, from: number): number {
    const { perHour } = this.limits;
    const perMinute = priority === "person" ? this.limits.perMinute : backgroundLimits(this.limits).perMinute;
    let at = Math.max(from, this.sent.at(-1)?.at ?? from);
    // Nothing older than an hour (and its transit) before the earliest possible moment can count again.
    this.sent = this.sent.filter((w) => w.at > at - this.hour - this.transit);
    for (;;) {
      const hour = this.sent.filter((w) => w.at > at - this.hour - this.transit).map((w) => w.at);
      const minute = hour.filter((t) => t > at - this.minute - this.transit);
      let next = at;
      if (hour.length >= perHour) next = hour[hour.length - perHour]! + this.hour + this.transit;
      else if (minute.length >= perMinute) next = minute[minute.length - perMinute]! + this.minute + this.transit;
      else if (priority === "background") next = this.clearOfPeople(hour, at);
      if (next <= at) return at;
      at = next;
    }
  }

  /**
   * The earliest moment from `at` when a background write leaves room for people: for the k-th
   * oldest write in the window (leaving it at e), the room then, perHour − (n + 1) + (k − 1), must
   * cover people's writes from the moment until e, and one request's more.
   */
  private clearOfPeople(hour: number[], at: number): number {
    const rate = this.peopleRate(at);
    let clear = at;
    hour.forEach((t, i) => {
      const roomThen = this.limits.perHour - hour.length - 1 + i - PEOPLE_BURST;
      clear = Math.max(clear, t + this.hour + this.transit - roomThen / rate);
    });
    // The write itself stays an hour beside people's: not checked, as people are expected at half the hour at most.
    return Math.ceil(clear);
  }
}

/** The desk's budget, with the limits the environment may lower. */
export function budgetFromEnv(): WriteBudget {
  return new WriteBudget(writeLimits(process.env));
}

/** What background work may spend of the limits: all but the reserve kept for people's requests. */
export function backgroundLimits(limits: WriteLimits): WriteLimits {
  const keep = (n: number) => Math.max(1, Math.ceil(n * RESERVE_SHARE));
  return { perMinute: limits.perMinute - keep(limits.perMinute), perHour: limits.perHour - keep(limits.perHour) };
}

/**
 * The earliest time `writes` writes can all be made under `perHour` an hour and `perMinute` a
 * minute (sliding windows, as GitHub counts them), in minutes: the floor no desk can beat.
 */
export function hourlyFloorMinutes(writes: number, { perHour, perMinute }: WriteLimits): number {
  if (writes <= 0) return 0;
  const fullHours = Math.floor((writes - 1) / perHour);
  const rest = writes - fullHours * perHour;
  return fullHours * 60 + (rest - 1) / perMinute;
}
