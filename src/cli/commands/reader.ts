// Who reads for the read-only commands (`report`, `dry-run`): the app when this machine holds its
// identity (APP_ID), else the person whose token it has (GITHUB_TOKEN, or `gh auth login`).
import type { Values } from "../arguments.js";
import type { Env } from "../../config/environment.js";
import { reviewerToken } from "../reviewer-code.js";

/** The person's token, or null to read as the app; with neither, the one-line error says what to set. */
export async function readerToken(env: Env): Promise<string | null> {
  if (Number(env.APP_ID)) return null;
  const token = await reviewerToken(env);
  if (!token) throw new Error("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN (yours; or log in with `gh auth login`)");
  return token;
}

/** The app's login as `--app-slug` names it (a person's token cannot ask GitHub which app it is). */
export function slugLogin(values: Values): string {
  return `${String(values["app-slug"] ?? "recovery-triage").replace(/\[bot\]$/, "")}[bot]`;
}
