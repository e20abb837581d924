// One-time codes and challenge tokens. Every secret is derived from the server's RECOVERY_SECRET
// and the case, so nothing secret is ever stored in the issue, and a code for one case or one
// author is useless on any other. Email codes can also be minted with a reviewer's key
// (`rtk1.<login>.<version>.<mac>`): an HMAC of the master, the login and a version, handed out by
// an admin, which reveals nothing of the master. The server derives the same key from the master,
// so it checks a reviewer's code without the reviewer ever holding the master, and a code is
// bound to the one reviewer whose key minted it.
import { createHmac } from "node:crypto";
import { NodeCryptoPlugin } from "@otplib/plugin-crypto-node";
import { generateSync, verifySync } from "otplib";

/** Codes are made per hour; a code is valid for `expiryHours` after the hour it was made in. */
const STEP_SECONDS = 3600;
const CODE_DIGITS = 8;
/** Codes older than the expiry but younger than this are reported as expired rather than wrong (otplib caps tolerance at 98 h). */
const RECOGNISE_EXPIRED_HOURS = 96;
/**
 * HMACs by Node's OpenSSL rather than otplib's default pure-JavaScript one: checking a code tries
 * every hour of its window (25 HMACs for a day, 97 more to call it expired), for every mint a case's
 * code may come from and every 8 digits in every comment.
 */
const crypto = new NodeCryptoPlugin();

export interface CaseRef {
  /** `owner/repo` of the support repository. */
  repo: string;
  number: number;
  /** The requester's login when verification started. */
  author: string;
  /** The bound account and its generation (domain/case/binding.ts `accountKey`): a code proves this account only. */
  account: string;
}

export type CodeCheck = { result: "ok"; step: number } | { result: "wrong" | "expired" | "used" | "malformed" };

/** Mints and checks email codes from one root secret: the master's, or one reviewer's key. */
export class CodeMint {
  constructor(private readonly root: string | Uint8Array) {}

  /** An 8-digit code for the case's email factor, valid for `expiryHours`. */
  issueEmailCode(ref: CaseRef, now: Date, expiryHours: number): { code: string; expiresAt: Date } {
    const epoch = seconds(now);
    const code = generateSync({ secret: keyFor(this.root, "email-code", ref), digits: CODE_DIGITS, period: STEP_SECONDS, epoch, crypto });
    const stepStart = Math.floor(epoch / STEP_SECONDS) * STEP_SECONDS;
    return { code, expiresAt: new Date((stepStart + expiryHours * STEP_SECONDS) * 1000) };
  }

  checkEmailCode(ref: CaseRef, token: string, now: Date, expiryHours: number, usedStep: number | null): CodeCheck {
    if (!/^\d{8}$/.test(token)) return { result: "malformed" };
    const secret = keyFor(this.root, "email-code", ref);
    const step = stepWithin(secret, token, now, expiryHours);
    if (step !== null) return usedStep !== null && step <= usedStep ? { result: "used" } : { result: "ok", step };
    const old = stepWithin(secret, token, now, RECOGNISE_EXPIRED_HOURS);
    if (old === null) return { result: "wrong" };
    return usedStep !== null && old <= usedStep ? { result: "used" } : { result: "expired" };
  }

  /** Whether `checkEmailCode` would answer "ok", without telling an expired code from a wrong one (a quarter of the work). */
  acceptsEmailCode(ref: CaseRef, token: string, now: Date, expiryHours: number, usedStep: number | null): boolean {
    if (!/^\d{8}$/.test(token)) return false;
    const step = stepWithin(keyFor(this.root, "email-code", ref), token, now, expiryHours);
    return step !== null && (usedStep === null || step > usedStep);
  }
}

/** A reviewer's key as handed out: who it belongs to, its version, and the secret part. */
export interface ReviewerKey {
  login: string;
  version: number;
  mint: CodeMint;
}

const REVIEWER_KEY = /^rtk1\.([A-Za-z0-9-]{1,39})\.([1-9]\d{0,5})\.([A-Za-z0-9_-]{43})$/;

/** Reads `rtk1.<login>.<version>.<mac>`; null when it is not one. */
export function parseReviewerKey(text: string | undefined): ReviewerKey | null {
  const match = REVIEWER_KEY.exec((text ?? "").trim());
  if (!match) return null;
  return { login: match[1]!, version: Number(match[2]), mint: new CodeMint(Buffer.from(match[3]!, "base64url")) };
}

export class Verifier {
  private readonly master: CodeMint;

  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error("RECOVERY_SECRET must be at least 16 characters");
    this.master = new CodeMint(secret);
  }

  /** Codes minted with the master itself (a single-admin desk, and codes made before reviewer keys). */
  issueEmailCode(ref: CaseRef, now: Date, expiryHours: number): { code: string; expiresAt: Date } {
    return this.master.issueEmailCode(ref, now, expiryHours);
  }

  checkEmailCode(ref: CaseRef, token: string, now: Date, expiryHours: number, usedStep: number | null): CodeCheck {
    return this.master.checkEmailCode(ref, token, now, expiryHours, usedStep);
  }

  acceptsEmailCode(ref: CaseRef, token: string, now: Date, expiryHours: number, usedStep: number | null): boolean {
    return this.master.acceptsEmailCode(ref, token, now, expiryHours, usedStep);
  }

  /** The key an admin hands to `login` (version `version`): derived, so the server never stores it. */
  reviewerKey(login: string, version: number): string {
    return `rtk1.${login}.${version}.${Buffer.from(this.reviewerSecret(login, version)).toString("base64url")}`;
  }

  /** What checks the codes `login`'s key of `version` mints. */
  reviewerMint(login: string, version: number): CodeMint {
    return new CodeMint(this.reviewerSecret(login, version));
  }

  private reviewerSecret(login: string, version: number): Uint8Array {
    return new Uint8Array(createHmac("sha256", this.secret).update(`reviewer-key\u0000${login.toLowerCase()}\u0000${version}`).digest());
  }

  /** The branch the requester must push for a repository challenge started at `startedAt`. */
  challengeBranch(ref: CaseRef, targetRepo: string, startedAt: Date): string {
    const token = generateSync({
      secret: keyFor(this.secret, "repo-challenge", ref, targetRepo.toLowerCase()),
      strategy: "hotp",
      counter: seconds(startedAt),
      digits: CODE_DIGITS,
      crypto,
    });
    return `recovery-${token}`;
  }
}

function keyFor(root: string | Uint8Array, purpose: string, ref: CaseRef, ...extra: string[]): Uint8Array {
  const material = [purpose, ref.repo.toLowerCase(), String(ref.number), ref.author.toLowerCase(), ref.account, ...extra].join("\u0000");
  return new Uint8Array(createHmac("sha256", root).update(material).digest());
}

/** The hour `token` was made in under `secret`, when it was made in the last `hours`; null otherwise. */
function stepWithin(secret: Uint8Array, token: string, now: Date, hours: number): number | null {
  const check = verifySync({
    token,
    secret,
    digits: CODE_DIGITS,
    period: STEP_SECONDS,
    epoch: seconds(now),
    epochTolerance: [hours * STEP_SECONDS, 0],
    crypto,
  });
  return check.valid && "timeStep" in check ? check.timeStep : null;
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** The verifier for a server secret, or null without one (verification is then off). */
export function verifierFor(secret: string | null): Verifier | null {
  return secret ? new Verifier(secret) : null;
}
