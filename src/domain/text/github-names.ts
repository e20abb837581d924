// GitHub's rules for names, once: a login is 1–39 letters, digits and single hyphens, not starting
// or ending with a hyphen (an app's bot account adds `[bot]`).
export const LOGIN_PATTERN = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";

/** A login as a person writes it (an optional `@`); the login is group 1. */
export const WRITTEN_LOGIN = new RegExp(`^@?(${LOGIN_PATTERN})$`);

/**
 * A login as GitHub reports it, bots included. Looser than the rule for new accounts: some old
 * accounts have a trailing or doubled hyphen, and a login GitHub itself reported is safe to mention.
 */
export const REPORTED_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
