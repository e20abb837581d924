// A repository's desk settings (its config and the issue form it names), read once and kept until
// a push changes them (the `push` handler drops them) or, as a backstop for a missed push, for a
// few minutes. Every event otherwise paid two or three reads for files that almost never change.
import type { Context, ProbotOctokit } from "probot";
import { parseConfig, unreadableConfig, type ConfigResult } from "../config/lenient.js";
import { readConfigFile, readConfigFileFor } from "../github/config-file.js";
import type { RepoClient } from "../github/repo-client.js";
import { builtInForm, formFromYaml, type FormSpec } from "../domain/intake/form.js";

type Log = { warn: (obj: object, msg: string) => void };

/**
 * The desk's config from a webhook's context. A broken file means defaults + warnings (the admin's
 * mistake must not stop the desk); GitHub refusing to serve the file throws, so the event fails
 * and is retried rather than handled under defaults the admin never chose (no reviewers, default
 * labels, default security settings).
 */
function loadConfig(context: Pick<Context, "config" | "log">): Promise<ConfigResult> {
  return checked(() => readConfigFile(context), context.log);
}

/** The same outside a webhook (the sweep, the CLI), on an installation's client. */
export function loadConfigFor(octokit: ProbotOctokit, owner: string, repo: string, log: Log): Promise<ConfigResult> {
  return checked(() => readConfigFileFor(octokit, owner, repo), log);
}

async function checked(read: () => Promise<unknown>, log: Log): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await read();
  } catch (error) {
    if (refusedByGitHub(error)) throw error;
    log.warn({ err: error }, "config could not be read; using defaults");
    return unreadableConfig("the file could not be read (is it valid YAML?)");
  }
  const result = parseConfig(raw);
  if (result.warnings.length > 0) log.warn({ warnings: result.warnings }, "config has problems; defaults replace the broken keys");
  return result;
}

/** An API answer (401, 403, 5xx…) rather than a file that does not parse; a missing file is no error. */
function refusedByGitHub(error: unknown): boolean {
  return typeof (error as { status?: unknown } | null)?.status === "number";
}

/** The repository's own issue form decides the headings to look for; the built-in form otherwise. */
export async function loadForm(repo: Pick<RepoClient, "readText">, path: string): Promise<FormSpec> {
  try {
    const text = await repo.readText(path);
    return (text && formFromYaml(text)) || builtInForm;
  } catch {
    return builtInForm; // reading the form is an optimisation of parsing, never a reason to stop
  }
}

const TTL_MS = 5 * 60_000;

interface Entry {
  at: number;
  config: Promise<ConfigResult>;
  form?: Promise<FormSpec>;
}

export class SettingsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  config(context: Pick<Context, "config" | "log" | "repo">): Promise<ConfigResult> {
    const { owner, repo } = context.repo();
    return this.entry(owner, repo, () => loadConfig(context)).config;
  }

  async form(context: Pick<Context, "config" | "log" | "repo">, repo: Pick<RepoClient, "readText">): Promise<FormSpec> {
    const { owner, repo: name } = context.repo();
    const entry = this.entry(owner, name, () => loadConfig(context));
    entry.form ??= entry.config.then((c) => loadForm(repo, c.config.form_path));
    return entry.form;
  }

  /** The same for an event that is not about a repository (a project board's item), on the installation's client. */
  configFor(octokit: ProbotOctokit, owner: string, repo: string, log: Log): Promise<ConfigResult> {
    return this.entry(owner, repo, () => loadConfigFor(octokit, owner, repo, log)).config;
  }

  async formFor(octokit: ProbotOctokit, repo: RepoClient, log: Log): Promise<FormSpec> {
    const { owner, repo: name } = repo.ref;
    const entry = this.entry(owner, name, () => loadConfigFor(octokit, owner, name, log));
    entry.form ??= entry.config.then((c) => loadForm(repo, c.config.form_path));
    return entry.form;
  }

  /** The settings changed (a push touched them): read them again next time. */
  forget(owner: string, repo: string): void {
    this.entries.delete(`${owner}/${repo}`.toLowerCase());
  }

  private entry(owner: string, repo: string, load: () => Promise<ConfigResult>): Entry {
    const key = `${owner}/${repo}`.toLowerCase();
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < TTL_MS) return cached;
    const entry: Entry = { at: this.now(), config: load() };
    // A refused read is not remembered: the next event asks GitHub again.
    entry.config.catch(() => this.entries.delete(key));
    this.entries.set(key, entry);
    return entry;
  }
}
