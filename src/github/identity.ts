// The app learns its own login from the API (`GET /app` → `<slug>[bot]`), never from a
// hard-coded name, so the same build works under any registration and on GitHub Enterprise.
import type { Probot } from "probot";

export class AppIdentity {
  private pending: Promise<string> | null = null;

  constructor(
    private readonly app: Probot,
    /** Given when the desk reads with a person's token (a dry run): GitHub will not say who the app is then. */
    private readonly known: string | null = null,
  ) {}

  login(): Promise<string> {
    if (this.known) return Promise.resolve(this.known);
    this.pending ??= this.fetch().catch((error: unknown) => {
      this.pending = null; // a failed lookup is retried by the next event
      throw error;
    });
    return this.pending;
  }

  /** Asks GitHub who the app is (the health check): rejects when GitHub cannot be reached or refuses the app. */
  async check(): Promise<void> {
    await this.fetch();
  }

  private async fetch(): Promise<string> {
    const octokit = await this.app.auth();
    const { data } = await octokit.rest.apps.getAuthenticated();
    if (!data?.slug) throw new Error("GET /app returned no slug");
    return `${data.slug}[bot]`;
  }
}
