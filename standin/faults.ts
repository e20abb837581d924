// What goes wrong on GitHub's side, on purpose: answers given once to the next matching request
// (rate limits in their several forms), and seeded random faults (secondary-limit 403s, 502s —
// half of those on writes after the write was done, the nastiest case for duplicates).
import type { PacingReport, Refusal } from "./pacing.js";

export interface FaultOptions {
  error502: number;
  secondary403: number;
  seed: number;
}

interface OnceAnswer extends Refusal {
  method: string;
  path: RegExp;
}

/** What to do with one request: answer it instead, or perform it and then fail (502 after the write). */
export type FaultVerdict = { answer: Refusal } | { failAfter: boolean };

export class Faults {
  private readonly once: OnceAnswer[] = [];
  private readonly random: () => number;

  constructor(
    private readonly options: FaultOptions | undefined,
    private readonly injected: PacingReport["injected"],
  ) {
    this.random = seeded(options?.seed ?? 1);
  }

  answerOnce(method: string, path: RegExp, status: number, body: unknown, headers: Record<string, string>): void {
    this.once.push({ method, path, status, headers, body });
  }

  /** An answer given once, taken by the first request that matches. */
  takeOnce(method: string, path: string): Refusal | null {
    const index = this.once.findIndex((a) => a.method === method && a.path.test(path));
    if (index < 0) return null;
    const [answer] = this.once.splice(index, 1);
    return { status: answer!.status, body: answer!.body, headers: answer!.headers };
  }

  /** A random fault for this request (token requests are never faulted). */
  roll(path: string, write: boolean): FaultVerdict {
    const faults = this.options;
    if (!faults || path.startsWith("/app")) return { failAfter: false };
    const fault = this.random();
    if (fault < faults.secondary403) {
      this.injected.secondary403++;
      const message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
      return { answer: { status: 403, body: { message }, headers: { "retry-after": "1" } } };
    }
    if (fault >= faults.secondary403 + faults.error502) return { failAfter: false };
    if (write && this.random() < 0.5) {
      this.injected.error502AfterWrite++;
      return { failAfter: true };
    }
    this.injected.error502++;
    return { answer: { status: 502, body: { message: "Server Error" }, headers: {} } };
  }
}

/** A small seeded generator (mulberry32), so an injected-fault run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
