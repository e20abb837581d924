// The process environment, read in one place. The server (app/server.ts) and the CLI load it the
// same way: `.env` in the working directory is applied over the environment (as Probot's `run`
// does), and the app's identity comes from Probot's own `createProbot`, which reads APP_ID,
// PRIVATE_KEY / PRIVATE_KEY_PATH, GHE_HOST / GHE_PROTOCOL and LOG_LEVEL exactly as the server does.
import { deskOctokit } from "../reliability/octokit.js";
import { DEFAULT_RETRY } from "../reliability/retry.js";
import { pino } from "pino";
import { createProbot, Probot } from "probot";
import { scrubbedLogger } from "./logger.js";

export type Env = NodeJS.ProcessEnv;

/**
 * The environment as the desk reads it, everywhere: an empty variable is an unset one. An admin's
 * `.env` copied from `.env.example` holds `HOST=` and `GHE_HOST=`; read as values they would make
 * the server listen on no host and send the admin to `https:///settings/apps/new`.
 */
export function environment(base: Env = process.env): Env {
  return Object.fromEntries(Object.entries(base).filter(([, value]) => value !== undefined && value.trim() !== ""));
}

/** `https://github.com`, or the GitHub Enterprise Server's address. */
export function webBaseUrl(env: Pick<Env, "GHE_HOST" | "GHE_PROTOCOL"> = environment()): string {
  return env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}` : "https://github.com";
}

/** The REST API's base URL for the same host. */
export function apiBaseUrl(env: Pick<Env, "GHE_HOST" | "GHE_PROTOCOL"> = environment()): string {
  return env.GHE_HOST ? `${webBaseUrl(env)}/api/v3` : "https://api.github.com";
}

/** Whether the app has an identity yet (else `npm start` serves the registration page). */
export function isRegistered(env: Env = environment()): boolean {
  return Boolean(Number(env.APP_ID)) && Boolean(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH);
}

/** The CLI's own output is on stdout (a report, a code), so its log lines go to stderr, scrubbed like the server's. */
function cliLogger(env: Env) {
  return scrubbedLogger({ level: env.LOG_LEVEL || "warn", name: "recovery-triage" }, pino.destination(2));
}

/** A Probot that reads as a person (their token) rather than the app: for what a reviewer may run without the app's key. */
export function probotAsPerson(env: Env, token: string, Octokit = deskOctokit(DEFAULT_RETRY.timeoutMs)): Probot {
  return new Probot({ githubToken: token, baseUrl: apiBaseUrl(env), log: cliLogger(env), Octokit });
}

/** The app as the server runs it, for the CLI. Throws one plain sentence when the identity is missing. */
export function probotFromEnv(env: Env = environment(), Octokit = deskOctokit(DEFAULT_RETRY.timeoutMs)): Probot {
  if (!Number(env.APP_ID)) throw new Error("APP_ID is not set: run this where the server runs (its environment or its .env)");
  try {
    // createProbot finds the key as the server does (PRIVATE_KEY, PRIVATE_KEY_PATH, or a *.pem file here).
    return createProbot({ env, overrides: { log: cliLogger(env), Octokit } });
  } catch (error) {
    if (/privateKey/.test((error as Error).message)) {
      throw new Error("PRIVATE_KEY or PRIVATE_KEY_PATH is not set: run this where the server runs (its environment or its .env)", {
        cause: error,
      });
    }
    throw error;
  }
}

/** The server's secret for one-time codes and challenge branches (RECOVERY_SECRET); null turns verification off. */
export function recoverySecret(env: Env = environment()): string | null {
  return env.RECOVERY_SECRET || null;
}

/** Where the shared Redis is (REDIS_URL); null keeps queues and the delivery log in memory. */
export function redisUrl(env: Env = environment()): string | null {
  return env.REDIS_URL || null;
}

/** The mail relay for `code --send` (SMTP_URL, SMTP_FROM). */
export function smtpSettings(env: Env = environment()): { url: string; from: string } | null {
  return env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM || "recovery-desk@localhost" } : null;
}

/** The bearer token /metrics asks for (METRICS_TOKEN); null: /metrics is open (it names nothing private). */
export function metricsToken(env: Env = environment()): string | null {
  return env.METRICS_TOKEN ?? null;
}

/** How often the server sweeps (minutes; 0 turns it off). */
export function sweepIntervalMinutes(env: Env = environment()): number {
  const value = Number(env.SWEEP_INTERVAL_MINUTES ?? 60);
  return Number.isFinite(value) && value >= 0 ? value : 60;
}

/**
 * What is missing that silently turns something off, said once at start (one warning each).
 * `verificationConfigured`: the app was given a verifier some other way (tests, embedding).
 */
export function startupWarnings(env: Env = environment(), verificationConfigured = false): string[] {
  const warnings: string[] = [];
  if (!env.RECOVERY_SECRET && !verificationConfigured) {
    warnings.push("RECOVERY_SECRET is not set: verification is off (/verify explains this to reviewers). Set it to 16+ random characters.");
  }
  if (!env.WEBHOOK_SECRET) {
    warnings.push(
      "WEBHOOK_SECRET is not set: webhook signatures cannot be checked. Use the secret GitHub has for the app (registration writes " +
        "it to .env).",
    );
  }
  return warnings;
}
