// Verification proves control of ONE account: a username on one registry instance, claimed by one
// GitHub user. Whatever happens in between (edits while open or closed, a reopen, a lost webhook),
// every load of a case compares the account the body names now with the one verification is
// bound to; any difference voids every factor and the attestation, says so on the card, and bumps
// the generation so that no code issued before the change can verify the account after it.
import type { Config } from "../../config/schema.js";
import type { CaseRef } from "../verification/codes.js";
import type { BoundAccount, CaseState } from "./state.js";
import { OPEN_STATUSES, type Status } from "./statuses.js";
import { withStatus, type Act } from "./transition.js";
import { sameLogin } from "../text/login.js";

/** The account a request names: null username when the body names no single valid one. */
export interface NamedAccount {
  username: string | null;
  testInstance: boolean;
  author: string;
}

/** The account the issue names now, from its current body and author. */
export function accountNamed(input: {
  validation: { username: string | null; testInstance: boolean };
  issue: { author: string };
}): NamedAccount {
  return { username: input.validation.username, testInstance: input.validation.testInstance, author: input.issue.author };
}

/** Registry usernames are case-insensitive (CITEXT); instances and requesters must match exactly. */
export function sameAccount(a: NamedAccount, b: NamedAccount): boolean {
  return sameLogin(a.username, b.username) && a.testInstance === b.testInstance && sameLogin(a.author, b.author);
}

/** The key material that ties a one-time code or challenge to an account and a generation. */
export function accountKey(account: BoundAccount, generation: number): string {
  return [account.testInstance ? "test" : "main", account.username.toLowerCase(), String(generation)].join(":");
}

/** What a code or challenge for a case is derived from: the case, the requester and the bound account. */
export function caseRef(repo: string, number: number, account: BoundAccount, generation: number): CaseRef {
  return { repo, number, author: account.author, account: accountKey(account, generation) };
}

/**
 * The account a code is issued for: the bound one, or before verification starts the one the case
 * names (the reviewer's CLI issues the code before commenting `/verify email`).
 */
export function accountForCodes(state: CaseState, author: string): BoundAccount | null {
  if (state.binding) return state.binding;
  return state.username ? { username: state.username, testInstance: state.testInstance, author } : null;
}

/** "PyPI" or "TestPyPI": how messages name the instance an account lives on. */
export function registryLabel(config: Pick<Config, "registry_name">, testInstance: boolean): string {
  return testInstance ? `Test${config.registry_name}` : config.registry_name;
}

/** Statuses that rest on verification: they fall back to triage when it is voided. */
const RESTS_ON_VERIFICATION: readonly Status[] = ["verifying", "verified"];

/**
 * The invariant, applied before any event is decided: factors and an attestation stand only for
 * the account they were proven for.
 */
export function enforceBinding(state: CaseState, named: NamedAccount, act: Act): CaseState {
  const bound = state.binding;
  if (!bound || sameAccount(bound, named)) return state;
  let next: CaseState = {
    ...state,
    binding: null,
    factors: {},
    attestation: null,
    accountReset: { from: bound, to: named, at: act.now.toISOString() },
    generation: state.generation + 1,
  };
  if (next.resumeStatus && RESTS_ON_VERIFICATION.includes(next.resumeStatus)) next = { ...next, resumeStatus: "triage" };
  // A closed case keeps its status (a decision is history), but nothing proven stands for the new account.
  if (OPEN_STATUSES.includes(next.status) && RESTS_ON_VERIFICATION.includes(next.status)) {
    next = withStatus(next, act, "triage", "verification reset: the request now names another account");
  }
  return next;
}
