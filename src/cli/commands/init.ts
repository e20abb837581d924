// `recovery-triage init actions`: writes the workflow that runs the whole desk in the repository's own Actions.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Values } from "../arguments.js";
import { deskWorkflow, WORKFLOW_PATH, WORKFLOW_SECRETS } from "../../actions/workflow.js";

export async function initActions(values: Values): Promise<number> {
  const text = deskWorkflow({
    appSlug: values["app-slug"] as string,
    action: values.action as string,
    branch: (values.branch as string | undefined) ?? null,
    sweepMinute: 17,
    pages: Boolean(values.pages),
  });
  if (existsSync(WORKFLOW_PATH) && !values.force) throw new Error(`${WORKFLOW_PATH} exists; --force replaces it`);
  mkdirSync(dirname(WORKFLOW_PATH), { recursive: true });
  writeFileSync(WORKFLOW_PATH, text);
  const lines = [`Wrote ${WORKFLOW_PATH}. Add in Settings → Secrets and variables → Actions:`];
  for (const [name, kind, what] of WORKFLOW_SECRETS) lines.push(`  ${kind.padEnd(8)} ${name}: ${what}`);
  if (values.pages) lines.push("Then set Settings → Pages → Source to “GitHub Actions” for the reviewers' page.");
  lines.push("Stop the server's own sweep if a server also runs (SWEEP_INTERVAL_MINUTES=0), or stop the server.");
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
