// One-time codes and challenge tokens. Every secret is derived from the server's RECOVERY_SECRET
// and the case, so nothing secret is ever stored in the issue, and a code for one case or one
// author is useless on any other.
import { createHmac } from "node:crypto";
import { generateSync, verifySync } from "otplib";

/** Codes are made per hour; a code is valid for `expiryHours` after the hour it was made in. */
const STEP_SECONDS = 3600;
const CODE_DIGITS = 8;
/** Codes older than the expiry but younger than this are reported as expired rather than wrong (otplib caps tolerance at 98 h). */
const RECOGNISE_EXPIRED_HOURS = 96;

export interface CaseRef {
  /** `owner/repo` of the support repository. */
  repo: string;
  number: number;
  /** The requester's login when verification started. */
  author: string;
  /** The bound account and its generation (case/binding.ts `accountKey`): a code proves this account only. */
  account: string;
}

export type CodeCheck = { result: "ok"; step: number } | { result: "wrong" | "expired" | "used" | "malformed" };

export class Verifier {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error("RECOVERY_SECRET must be at least 16 characters");
  }

  /** An 8-digit code for the case's email factor, valid for `expiryHours`. */
  issueEmailCode(ref: CaseRef, now: Date, expiryHours: number): { code: string; expiresAt: Date } {
    const epoch = seconds(now);
    const code = generateSync({ secret: this.key("email-code", ref), digits: CODE_DIGITS, period: STEP_SECONDS, epoch });
    const stepStart = Math.floor(epoch / STEP_SECONDS) * STEP_SECONDS;
    return { code, expiresAt: new Date((stepStart + expiryHours * STEP_SECONDS) * 1000) };
  }

  checkEmailCode(ref: CaseRef, token: string, now: Date, expiryHours: number, usedStep: number | null): CodeCheck {
    if (!/^\d{8}$/.test(token)) return { result: "malformed" };
    const base = { token, secret: this.key("email-code", ref), digits: CODE_DIGITS, period: STEP_SECONDS, epoch: seconds(now) } as const;
    const fresh = verifySync({ ...base, epochTolerance: [expiryHours * STEP_SECONDS, 0] });
    if (fresh.valid && "timeStep" in fresh) {
      return usedStep !== null && fresh.timeStep <= usedStep ? { result: "used" } : { result: "ok", step: fresh.timeStep };
    }
    const old = verifySync({ ...base, epochTolerance: [RECOGNISE_EXPIRED_HOURS * STEP_SECONDS, 0] });
    if (!old.valid) return { result: "wrong" };
    return usedStep !== null && "timeStep" in old && old.timeStep <= usedStep ? { result: "used" } : { result: "expired" };
  }

  /** The branch the requester must push for a repository challenge started at `startedAt`. */
  challengeBranch(ref: CaseRef, targetRepo: string, startedAt: Date): string {
    const token = generateSync({
      secret: this.key("repo-challenge", ref, targetRepo.toLowerCase()),
      strategy: "hotp",
      counter: seconds(startedAt),
      digits: CODE_DIGITS,
    });
    return `recovery-${token}`;
  }

  private key(purpose: string, ref: CaseRef, ...extra: string[]): Uint8Array {
    const material = [purpose, ref.repo.toLowerCase(), String(ref.number), ref.author.toLowerCase(), ref.account, ...extra].join("\u0000");
    return new Uint8Array(createHmac("sha256", this.secret).update(material).digest());
  }
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** The verifier for a server secret, or null without one (verification is then off). */
export function verifierFor(secret: string | null): Verifier | null {
  return secret ? new Verifier(secret) : null;
}
