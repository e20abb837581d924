// A GitHub login, and the one way logins are compared. GitHub treats `Alice` and `alice` as the
// same account, so every comparison, set and key of logins in the desk goes through here: a
// case-sensitive comparison anywhere would let a re-cased login slip past a check.
export type Login = string;

/** The same account: both present and equal ignoring case. */
export const sameLogin = (a: Login | null | undefined, b: Login | null | undefined): boolean =>
  typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/** A login as a key in a set or map (its lower case). */
export const loginKey = (login: Login): string => login.toLowerCase();

/** Whether `login` is one of `logins`. */
export const hasLogin = (logins: readonly Login[], login: Login | null | undefined): boolean => logins.some((l) => sameLogin(l, login));

/** Bots never run commands, move cases or get replies: answering one is how bot loops start. */
export function isBot(user: { login: Login; type?: string }): boolean {
  return user.type === "Bot" || user.login.endsWith("[bot]");
}
