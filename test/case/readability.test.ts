// Plain words everywhere a requester reads: every sentence of every card and every reply is short
// enough for a non-native speaker to put through a translator. One sample of every notice kind
// (the record is typed by kind, so a new kind must bring its sample) and every status and problem.
import { describe, expect, it } from "@jest/globals";
import { Marked } from "marked";
import { renderCard } from "../../src/domain/case/card.js";
import { renderNotices } from "../../src/domain/case/notices/reply-text.js";
import type { Notice } from "../../src/domain/case/notices/rules.js";
import { EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import { STATUSES } from "../../src/domain/case/statuses.js";
import { defaultConfig } from "../../src/config/schema.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import type { Problem } from "../../src/domain/intake/validate.js";
import { NOW, state, verifyingState } from "../helpers/cases.js";

/** Words per sentence a translator (and a tired reader) handles well. */
const MAX_WORDS = 25;

const SAMPLES: { [K in Notice["kind"]]: Extract<Notice, { kind: K }> } = {
  refused: { kind: "refused", command: "approve", audiences: ["maintainer"] },
  usage: { kind: "usage", command: "code", problem: "write the 8 digits from the email, for example `/code 12345678`" },
  hint: { kind: "hint", written: "aprove", meant: "approve" },
  "closed-case": { kind: "closed-case", command: "code" },
  "own-case": { kind: "own-case", command: "approve" },
  "verification-off": { kind: "verification-off" },
  "info-request": { kind: "info-request", text: "Which projects do you maintain?" },
  "email-sent": { kind: "email-sent" },
  challenge: { kind: "challenge", repo: "jbber/tool", branch: "recovery-abc123", expiresAt: NOW.toISOString() },
  "code-wrong": { kind: "code-wrong", attemptsLeft: 2 },
  "code-expired": { kind: "code-expired", expiryHours: 24 },
  "code-used": { kind: "code-used" },
  "code-locked": { kind: "code-locked" },
  "code-key-revoked": { kind: "code-key-revoked", reviewer: "alice" },
  "code-not-expected": { kind: "code-not-expected" },
  "challenge-not-expected": { kind: "challenge-not-expected" },
  "branch-missing": { kind: "branch-missing", repo: "jbber/tool", branch: "recovery-abc123" },
  "branch-unchecked": { kind: "branch-unchecked" },
  "challenge-expired": { kind: "challenge-expired", repo: "jbber/tool" },
  "challenge-unreachable": { kind: "challenge-unreachable", repo: "jbber/tool" },
  "approve-needs-verification": { kind: "approve-needs-verification" },
  verified: { kind: "verified" },
  approved: { kind: "approved", note: "2FA reset" },
  denied: { kind: "denied", reason: "ownership could not be verified" },
  help: { kind: "help", audiences: ["requester"] },
  reminder: { kind: "reminder", closeAfterDays: 7 },
  "stale-closed": { kind: "stale-closed", days: 21, reopenDays: 90 },
  reopened: { kind: "reopened" },
  "reopen-too-late": { kind: "reopen-too-late", days: 90 },
  "not-reopenable": { kind: "not-reopenable" },
  "reply-after-decision": { kind: "reply-after-decision" },
  "too-many-commands": { kind: "too-many-commands", dropped: 3 },
  "queue-news": { kind: "queue-news", ahead: 12, waitWeeks: 3, passerBy: true },
  "command-too-late": { kind: "command-too-late", commands: ["/approve", "/verify"], writtenAt: "2026-11-20T10:00:00Z" },
  "address-in-comment": { kind: "address-in-comment", commenter: "jbber" },
  "board-move-refused": {
    kind: "board-move-refused",
    mover: "mallory",
    to: "Resolved",
    why: "only the desk's maintainers can change a case",
  },
  "command-before-reset": { kind: "command-before-reset", commands: ["/verified"] },
  "factor-voided": { kind: "factor-voided", reviewer: "alice", factor: "email" },
  withdrawal: { kind: "withdrawal", sure: true, reopenDays: 90 },
  "secret-in-comment": { kind: "secret-in-comment", kinds: ["api-token", "recovery-codes"], commenter: "jbber" },
  "secret-in-body": { kind: "secret-in-body", kinds: ["password"], parts: ["title", "body"], subject: "request" },
};

/** Typed by code, so a new kind of problem cannot be added without a sample here. */
const PROBLEM_SAMPLES: { [C in Problem["code"]]: Extract<Problem, { code: C }>[] } = {
  "username-missing": [{ code: "username-missing" }],
  "username-unknown": [{ code: "username-unknown" }],
  "username-email": [{ code: "username-email" }],
  "username-secret": [
    { code: "username-secret", kind: "api-token" },
    { code: "username-secret", kind: "recovery-codes" },
  ],
  "username-several": [{ code: "username-several", names: ["one", "two"] }],
  "username-invalid": [{ code: "username-invalid", name: "-dash-" }],
  "reason-missing": [{ code: "reason-missing" }],
  "reason-unclear": [{ code: "reason-unclear" }],
  "says-solved": [{ code: "says-solved" }],
  "box-unchecked": [
    { code: "box-unchecked", box: "recoveryCodes" },
    { code: "box-unchecked", box: "codeOfConduct" },
  ],
  "account-not-found": [
    { code: "account-not-found", name: "jbbr", testInstance: false },
    { code: "account-not-found", name: "jbbr", testInstance: true },
  ],
};
const PROBLEMS: Problem[] = Object.values(PROBLEM_SAMPLES).flat();

const gfm = new Marked({ gfm: true });

/** The sentences a person reads: rendered, tags and hidden blocks dropped, split at sentence ends and lines. */
function sentences(markdown: string): string[] {
  const html = gfm.parse(markdown.replace(/<!--[\s\S]*?-->/g, "")) as string;
  const text = html.replace(/<[^>]+>/g, "\n").replace(/&[a-z#0-9]+;/gi, " ");
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const tooLong = (markdown: string) => sentences(markdown).filter((s) => words(s) > MAX_WORDS);

describe("plain words everywhere a requester reads", () => {
  const ctx = { config: defaultConfig, form: builtInForm };

  it.each(Object.values(SAMPLES).map((n) => [n.kind, n] as const))("the %s reply", (_kind, notice) => {
    const reply = renderNotices([notice], { author: "jbber", reviewer: "bob" }, defaultConfig, "jbber", {
      key: "k",
      re: 1,
      history: EMPTY_HISTORY,
      now: NOW,
    })!;
    expect(tooLong(reply)).toEqual([]);
  });

  it.each([...STATUSES])("the card in %s", (status) => {
    expect(tooLong(renderCard(state({ status, queueAhead: 3, waitWeeks: 4, emailsRemoved: true }), ctx))).toEqual([]);
  });

  it("the card while verifying, with both factors", () => {
    expect(tooLong(renderCard(verifyingState(), ctx))).toEqual([]);
  });

  it("every problem with a request", () => {
    expect(tooLong(renderCard(state({ status: "needs-info", problems: PROBLEMS }), ctx))).toEqual([]);
  });

  it("the check itself finds a long sentence", () => {
    expect(tooLong(`${"word ".repeat(MAX_WORDS + 1)}.`)).toHaveLength(1);
  });
});
