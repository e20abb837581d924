// The workflow `recovery-triage init actions` writes: the whole desk in the support repository's
// own Actions, as the app. Events: requests and comments, a push of the settings, an hourly sweep
// off the hour (scheduled runs on the hour are delayed most), and a manual run. `permissions: {}`:
// the job's GITHUB_TOKEN can do nothing (the desk acts as the app, with its private key). One
// concurrency group per issue, queued (`queue: max`: up to 100 waiting runs, first in first out;
// without it a newer pending run cancels the older one); the app's own events are skipped at the
// job level so they cost no runner at all. The desk's memory between runs is kept with actions/cache.
export interface WorkflowOptions {
  /** The app's slug (its bot is `<slug>[bot]`): the job skips events the app itself caused. */
  appSlug: string;
  /** The action that runs the desk, e.g. `owner/recovery-triage@v1`. */
  action: string;
  /**
   * Only pushes to this branch start a run; null (the default): any push of the settings files, and
   * the desk itself checks only the repository's default branch, whatever it is called (`trunk`…).
   */
  branch: string | null;
  /** Minute of the hour for the sweep (off the hour). */
  sweepMinute: number;
  /** Publish the reviewers' page with GitHub Pages from the scheduled run. */
  pages: boolean;
}

export const WORKFLOW_PATH = ".github/workflows/recovery-desk.yml";

/** The secrets and variables the workflow reads, as the admin adds them. */
export const WORKFLOW_SECRETS = [
  ["RECOVERY_APP_ID", "secret", "the app's ID (Settings → Developer settings → GitHub Apps → the app; not secret, kept beside the key)"],
  ["RECOVERY_APP_PRIVATE_KEY", "secret", "the app's private key (.pem), whole"],
  ["RECOVERY_SECRET", "secret", "the secret codes and challenges derive from (at least 16 characters; the server's, if you move)"],
] as const;

/** action.yml's inputs, and the variables each sets for the desk (src/cli/action-entry.ts). */
export const ACTION_INPUTS = [
  ["app-id", "APP_ID"],
  ["private-key", "PRIVATE_KEY"],
  ["recovery-secret", "RECOVERY_SECRET"],
  ["memory", "RECOVERY_TRIAGE_MEMORY"],
  ["site", "RECOVERY_TRIAGE_SITE"],
] as const;

const SLUG = /^[a-z0-9][a-z0-9-]{0,33}$/;
const ACTION = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._/-]+)?@[A-Za-z0-9._/-]+$|^\.\/[A-Za-z0-9._/-]*$/;

export function deskWorkflow(options: WorkflowOptions): string {
  if (!SLUG.test(options.appSlug)) throw new Error(`"${options.appSlug}" is not a GitHub App slug`);
  if (!ACTION.test(options.action)) throw new Error(`"${options.action}" is not an action reference (owner/repo@ref)`);
  if (options.branch !== null && !/^[A-Za-z0-9._/-]{1,100}$/.test(options.branch))
    throw new Error(`"${options.branch}" is not a branch name`);
  const minute = Math.min(59, Math.max(1, Math.round(options.sweepMinute)));
  const desk = `
  desk:
    # The app's own comments and edits would only be skipped by the desk: skip them before a runner starts.
    if: github.event.sender.login != '${options.appSlug}[bot]'
    runs-on: ubuntu-latest
    timeout-minutes: 30${
      options.pages
        ? `
    outputs:
      page-changed: \${{ steps.desk.outputs.page-changed }}`
        : ""
    }
    steps:
      - name: Restore the desk's memory (ETags, evidence, the page's records; losing it costs only requests)
        uses: actions/cache/restore@v4
        with:
          path: .recovery-triage
          key: recovery-desk-\${{ github.run_id }}-\${{ github.run_attempt }}
          restore-keys: recovery-desk-
      - name: Run the desk as the app
        id: desk
        uses: ${options.action}
        with:
          app-id: \${{ secrets.RECOVERY_APP_ID }}
          private-key: \${{ secrets.RECOVERY_APP_PRIVATE_KEY }}
          recovery-secret: \${{ secrets.RECOVERY_SECRET }}
          memory: .recovery-triage/memory.json
          site: .recovery-triage-site
      - name: Keep the desk's memory for the next run
        if: always()
        uses: actions/cache/save@v4
        with:
          path: .recovery-triage
          key: recovery-desk-\${{ github.run_id }}-\${{ github.run_attempt }}${
            options.pages
              ? `
      - name: The reviewers' page as a Pages artifact (when a sweep changed what it says)
        if: steps.desk.outputs.page-changed == 'true'
        uses: actions/upload-pages-artifact@v3
        with:
          path: .recovery-triage-site`
              : ""
          }`;
  const pages = options.pages
    ? `
  pages:
    needs: desk
    if: needs.desk.outputs.page-changed == 'true'
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
    steps:
      - uses: actions/deploy-pages@v4`
    : "";
  return `# The account-recovery desk, run by GitHub Actions as the app (written by \`recovery-triage init actions\`).
# Add the app's ID, its private key and the desk's secret as the secrets RECOVERY_APP_ID,
# RECOVERY_APP_PRIVATE_KEY and RECOVERY_SECRET (Settings → Secrets and variables → Actions).
name: Recovery desk

on:
  issues:
    types: [opened, edited, closed, reopened, labeled]
  issue_comment:
    types: [created, edited]
  push:${options.branch === null ? "" : `\n    branches: [${options.branch}]`}
    paths: [".github/recovery-triage.yml", ".github/ISSUE_TEMPLATE/**"]
  schedule:
    - cron: "${minute} * * * *"
  workflow_dispatch:

permissions: {}

# One queue per issue, first in first out; the sweep and settings pushes queue on their own.
concurrency:
  group: recovery-desk-\${{ github.event.issue.number || github.event_name }}
  cancel-in-progress: false
  queue: max

jobs:${desk}${pages}
`;
}
