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

/** Share of each window kept for what a person is waiting for. */
const RESERVE_SHARE = 0.1;
/** Background work waits this long for room at most; beyond, it is deferred to the next sweep. */
const BACKGROUND_WAIT_MS = 10_000;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/**
 * A write's place is counted from when it is sent; GitHub counts it from when it arrives. A write
 * sent the moment an older one leaves a window could arrive while the older one, slower in transit,
 * still counts there: a window is taken to end this much later (the adoption benchmark saw one refusal).
 */
const TRANSIT_MS = 2_000;

export type Priority = "person" | "background";

/** Background work found no room in the budget: left for the next sweep (not a failure). */
export class WriteDeferred extends Error {
  constructor(readonly untilMs: number) {
    super(`the installation's write budget is kept for people's requests until ${new Date(untilMs).toISOString()}; deferred`);
  }
}

export interface WriteLimits {
  perMinute: number;
  perHour: number;
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

export class WriteBudget {
  /** When each write of the last hour was (or will be) sent, in order. */
  private sent: number[] = [];
  /** Background writes deferred since the start (for /metrics). */
  deferred = 0;

  constructor(
    readonly limits: WriteLimits = GITHUB_WRITE_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The earliest moment at or after `at` when one more write fits both windows for `priority`, and
   * that moment is taken. Background work that would wait longer than BACKGROUND_WAIT_MS throws
   * WriteDeferred instead (nothing is taken).
   */
  take(priority: Priority, at = this.clock()): number {
    const when = this.earliest(priority, at);
    if (priority === "background" && when - at > BACKGROUND_WAIT_MS) {
      this.deferred++;
      throw new WriteDeferred(when);
    }
    this.sent.push(when);
    return when;
  }

  /** How many writes `priority` could make now without waiting. */
  room(priority: Priority, now = this.clock()): number {
    const { perMinute, perHour } = this.caps(priority);
    // The same windows as earliest(): a write still in transit to GitHub's window counts there.
    const inHour = this.sent.filter((t) => t > now - HOUR_MS - TRANSIT_MS && t <= now).length;
    const inMinute = this.sent.filter((t) => t > now - MINUTE_MS - TRANSIT_MS && t <= now).length;
    return Math.max(0, Math.min(perHour - inHour, perMinute - inMinute));
  }

  /** When `priority` next has room for a write (now, if it has some), without taking it. */
  nextRoom(priority: Priority, now = this.clock()): number {
    return this.earliest(priority, now);
  }

  /** The writes of the last hour as another holder of the budget knows them (instances sharing Redis). */
  replace(sent: number[]): void {
    this.sent = [...sent].sort((x, y) => x - y);
  }

  /** Writes in the last hour, for /metrics and the page. */
  usedThisHour(now = this.clock()): number {
    return this.sent.filter((t) => t > now - HOUR_MS && t <= now).length;
  }

  private caps(priority: Priority): WriteLimits {
    return priority === "person" ? this.limits : backgroundLimits(this.limits);
  }

  /** Writes are taken in time order (each no earlier than the last), so each window only looks back. */
  private earliest(priority: Priority, from: number): number {
    const { perMinute, perHour } = this.caps(priority);
    let at = Math.max(from, this.sent.at(-1) ?? from);
    // Nothing older than an hour (and its transit) before the earliest possible moment can count again.
    this.sent = this.sent.filter((t) => t > at - HOUR_MS - TRANSIT_MS);
    for (;;) {
      const hour = this.sent.filter((t) => t > at - HOUR_MS - TRANSIT_MS);
      const minute = hour.filter((t) => t > at - MINUTE_MS - TRANSIT_MS);
      if (hour.length >= perHour) at = hour[hour.length - perHour]! + HOUR_MS + TRANSIT_MS;
      else if (minute.length >= perMinute) at = minute[minute.length - perMinute]! + MINUTE_MS + TRANSIT_MS;
      else return at;
    }
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
