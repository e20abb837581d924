// A repository's desk settings (its config and the issue form it names), read once and kept until
// a push changes them (the `push` handler drops them) or, as a backstop for a missed push, for a
// few minutes. Every event otherwise paid two or three reads for files that almost never change.
import type { Context } from "probot";
import type { RepoClient } from "../github/repo-client.js";
import type { FormSpec } from "../intake/form.js";
import { loadForm } from "../intake/load-form.js";
import type { ConfigResult } from "./lenient.js";
import { loadConfig } from "./load.js";

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
    return this.entry(context).config;
  }

  async form(context: Pick<Context, "config" | "log" | "repo">, repo: Pick<RepoClient, "readText">): Promise<FormSpec> {
    const entry = this.entry(context);
    entry.form ??= entry.config.then((c) => loadForm(repo, c.config.form_path));
    return entry.form;
  }

  /** The settings changed (a push touched them): read them again next time. */
  forget(owner: string, repo: string): void {
    this.entries.delete(`${owner}/${repo}`.toLowerCase());
  }

  private entry(context: Pick<Context, "config" | "log" | "repo">): Entry {
    const { owner, repo } = context.repo();
    const key = `${owner}/${repo}`.toLowerCase();
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < TTL_MS) return cached;
    const entry: Entry = { at: this.now(), config: loadConfig(context) };
    // A failed read is not remembered (loadConfig itself never throws, but be safe).
    entry.config.catch(() => this.entries.delete(key));
    this.entries.set(key, entry);
    return entry;
  }
}
