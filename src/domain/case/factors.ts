// The verification commands: starting factors (`/verify`), and the requester's answers
// (`/code`, `/done`). Pure: codes are checked with the Verifier (deterministic given the
// server's secret), and the branch lookup for `/done` is done by the shell beforehand.
import { sameLogin } from "../text/login.js";
import type { StateChange } from "./commands/command.js";
import type { Config } from "../../config/schema.js";
import type { BranchCheck, DecideInput } from "./model.js";
import type { Notice } from "./notices/rules.js";
import { DAY_MS as DAY } from "../text/dates.js";
import { accountNamed, caseRef } from "./binding.js";
import type { BoundAccount, CaseState } from "./state.js";
import { withStatus, type Act } from "./transition.js";
import type { CaseRef, Verifier } from "../verification/codes.js";

/** `owner/name` as GitHub allows them. */
const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

function allFactorsDone(state: CaseState, config: Config): boolean {
  return config.verification.require.every((f) => state.factors[f]?.state === "done");
}

/** Verification is bound to the account the request names as it starts (see domain/case/binding.ts). */
export function bind(state: CaseState, account: BoundAccount): CaseState {
  return state.binding ? state : { ...state, binding: account };
}

/** The code/challenge key of a bound case. */
export function refOf(input: Pick<DecideInput, "repo" | "issue">, state: CaseState, binding: BoundAccount): CaseRef {
  return caseRef(input.repo, input.issue.number, binding, state.generation);
}

function toVerifying(state: CaseState, act: Act): CaseState {
  return state.status === "verified" ? state : withStatus(state, act, "verifying");
}

export function verify(state: CaseState, args: string, input: DecideInput, act: Act, verifier: Verifier | null): StateChange {
  const [kind, target, ...rest] = args.split(/\s+/).filter(Boolean);
  if (kind !== "email" && kind !== "repo") return { usage: "say which factor: `/verify email` or `/verify repo <owner>/<repo>`" };
  if (!verifier) return { state, notices: [{ kind: "verification-off" }] };
  const named = accountNamed(input);
  if (!named.username) return { usage: "the request has no valid username yet, so there is nothing to verify" };
  const now = act.now.toISOString();
  const bound = bind(state, { ...named, username: named.username });

  if (kind === "email") {
    const current = bound.factors.email;
    if (current?.state === "done") return { state: bound, notices: [] };
    // A maintainer's new `/verify email` is what unlocks a locked factor; re-sending a code never does.
    const failures = current && current.state !== "locked" ? current.failures : 0;
    // The factor accepts codes minted with the starter's reviewer key at its version now (or the master's).
    const email = {
      state: "pending" as const,
      startedAt: now,
      by: act.actor,
      failures,
      usedStep: current?.usedStep ?? null,
      doneAt: null,
      keyVersion: keyVersionOf(input.config, act.actor),
      issuedBy: null,
    };
    const next = toVerifying({ ...bound, factors: { ...bound.factors, email } }, act);
    return { state: next, notices: current?.state === "pending" ? [] : [{ kind: "email-sent" }] };
  }

  const match = target && rest.length === 0 ? REPO.exec(target) : null;
  if (!match) return { usage: "name the repository as `/verify repo <owner>/<repo>`" };
  const repoName = `${match[1]}/${match[2]}`;
  // Said at once, rather than reading as "branch missing" until the challenge expires.
  if (input.repoVisibility?.[repoName.toLowerCase()] === false) {
    return {
      usage:
        `the app cannot see ${repoName} (private, misspelt or renamed), so it could never find the branch; name a public ` +
        `repository linked from the account's projects`,
    };
  }
  const current = bound.factors.repo;
  const restartable = current?.state === "expired" || current?.state === "unreachable";
  if (current && !restartable && current.repo.toLowerCase() === repoName.toLowerCase()) return { state: bound, notices: [] };
  const branch = verifier.challengeBranch(refOf(input, bound, bound.binding!), repoName, act.now);
  const expiresAt = new Date(act.now.getTime() + input.config.verification.challenge_expiry_days * DAY).toISOString();
  const repo = { state: "pending" as const, startedAt: now, by: act.actor, repo: repoName, branch, expiresAt, doneAt: null };
  const next = toVerifying({ ...bound, factors: { ...bound.factors, repo } }, act);
  return { state: next, notices: [{ kind: "challenge", repo: repoName, branch, expiresAt }] };
}

export function enterCode(state: CaseState, args: string, input: DecideInput, act: Act, verifier: Verifier | null): StateChange {
  const email = state.factors.email;
  if (!email || !state.binding) return { state, notices: [{ kind: "code-not-expected" }] };
  if (email.state === "done") return { state, notices: [{ kind: "code-used" }], deleteComment: true };
  if (email.state === "locked") return { state, notices: [{ kind: "code-locked" }] };
  if (!verifier) return { state, notices: [{ kind: "verification-off" }] };
  const token = args.replace(/[\s-]/g, "");
  if (!/^\d{8}$/.test(token)) return { usage: "write the 8 digits from the email, for example `/code 12345678`" };

  if (lostRole(input, email.by)) return voided(state, "email", act);
  const { verification } = input.config;
  const version = keyVersionOf(input.config, email.by);
  // The starter's key was replaced since `/verify email`: nothing it (or anyone) sends counts until a new one.
  if (email.keyVersion !== null && email.keyVersion !== version)
    return { state, notices: [{ kind: "code-key-revoked", reviewer: email.by }] };
  const ref = refOf(input, state, state.binding);
  const args4 = [ref, token, act.now, verification.code_expiry_hours, email.usedStep] as const;
  // Only the key of the reviewer who started the factor: another reviewer's code is a wrong code.
  const byKey = verifier.reviewerMint(email.by, version).checkEmailCode(...args4);
  const byMaster = byKey.result === "wrong" && verification.master_codes ? verifier.checkEmailCode(...args4) : null;
  const check = byMaster ?? byKey;
  switch (check.result) {
    case "ok": {
      const issuedBy = byMaster ? "the desk's secret" : `${email.by} (key v${version})`;
      const done = { ...email, state: "done" as const, usedStep: check.step, doneAt: act.now.toISOString(), issuedBy };
      return { ...maybeVerified({ ...state, factors: { ...state.factors, email: done } }, input.config, act), deleteComment: true };
    }
    case "expired":
      return { state, notices: [{ kind: "code-expired", expiryHours: verification.code_expiry_hours }] };
    case "used":
      return { state, notices: [{ kind: "code-used" }] };
    default: {
      const failures = email.failures + 1;
      const locked = failures >= verification.max_code_failures;
      const next = {
        ...state,
        factors: { ...state.factors, email: { ...email, failures, state: locked ? ("locked" as const) : email.state } },
      };
      return {
        state: next,
        notices: [locked ? { kind: "code-locked" } : { kind: "code-wrong", attemptsLeft: verification.max_code_failures - failures }],
      };
    }
  }
}

export function challengeDone(state: CaseState, input: DecideInput, act: Act, branch: BranchCheck | null): StateChange {
  const repo = state.factors.repo;
  if (!repo || repo.state === "done") return { state, notices: repo ? [] : [{ kind: "challenge-not-expected" }] };
  if (lostRole(input, repo.by)) return voided(state, "repo", act);
  if (repo.state === "expired" || Date.parse(repo.expiresAt) <= act.now.getTime()) return challengeExpired(state);
  if (branch === "found") return branchFound(state, input.config, act);
  if (repo.state === "unreachable") return { state, notices: [] };
  if (branch === "repo-gone") return challengeUnreachable(state);
  if (branch === "missing") return { state, notices: [{ kind: "branch-missing", repo: repo.repo, branch: repo.branch }] };
  return { state, notices: [{ kind: "branch-unchecked" }] };
}

/** The challenge branch exists: the repository factor is confirmed (by `/done` or by the sweep). */
export function branchFound(state: CaseState, config: Config, act: Act): { state: CaseState; notices: Notice[] } {
  const repo = { ...state.factors.repo!, state: "done" as const, doneAt: act.now.toISOString() };
  return maybeVerified({ ...state, factors: { ...state.factors, repo } }, config, act);
}

/** The challenge ran out without the branch: the factor fails and the reviewer is told. */
export function challengeExpired(state: CaseState): { state: CaseState; notices: Notice[] } {
  const repo = state.factors.repo!;
  return {
    state: { ...state, factors: { ...state.factors, repo: { ...repo, state: "expired" } } },
    notices: [{ kind: "challenge-expired", repo: repo.repo }],
  };
}

/** The repository went out of the app's sight: the challenge can never be met, and the reviewer is told at once. */
export function challengeUnreachable(state: CaseState): { state: CaseState; notices: Notice[] } {
  const repo = state.factors.repo!;
  return {
    state: { ...state, factors: { ...state.factors, repo: { ...repo, state: "unreachable" } } },
    notices: [{ kind: "challenge-unreachable", repo: repo.repo }],
  };
}

/** Whoever started a factor holds the role no more (asked of GitHub for this event). */
export function lostRole(input: Pick<DecideInput, "withoutRole">, starter: string): boolean {
  return (input.withoutRole ?? []).some((login) => sameLogin(login, starter));
}

/**
 * A factor whose starter lost the role is voided: removed, never completed, and the maintainers are
 * told; with nothing else under way the case goes back to waiting for a reviewer.
 */
export function voided(state: CaseState, factor: "email" | "repo", act: Act): { state: CaseState; notices: Notice[] } {
  const by = state.factors[factor]!.by;
  const { [factor]: _gone, ...factors } = state.factors;
  const pending = Object.values(factors).some((f) => (f as { state?: string } | undefined)?.state === "pending");
  const next = { ...state, factors };
  return {
    state: state.status === "verifying" && !pending ? withStatus(next, act, "triage") : next,
    notices: [{ kind: "factor-voided", reviewer: by, factor }],
  };
}

/** Once every required factor is confirmed, the case is verified and the reviewer is called. */
function maybeVerified(state: CaseState, config: Config, act: Act): { state: CaseState; notices: Notice[] } {
  if (state.status !== "verifying" || !allFactorsDone(state, config)) return { state, notices: [] };
  return { state: withStatus(state, act, "verified"), notices: [{ kind: "verified" }] };
}

/** The version of a reviewer's code key (`verification.reviewer_keys`; 1 when not listed). */
export function keyVersionOf(config: Config, login: string): number {
  const entry = Object.entries(config.verification.reviewer_keys).find(([name]) => sameLogin(name, login));
  return entry?.[1] ?? 1;
}
