// The Action's entry point, bundled with everything it needs into dist/action/index.mjs
// (`npm run bundle:action`): GitHub runs it with node, no install and no build. The step's inputs
// (`INPUT_*`, as action.yml declares them) become the variables the desk reads everywhere else,
// so the Action and `recovery-triage action` are one code path.
import * as core from "@actions/core";
import { explain } from "./errors.js";
import { runAction } from "../actions/run.js";
import { ACTION_INPUTS } from "../actions/workflow.js";

// Set where every part of the desk reads its settings (the app, the verifier, the mailer all read the environment).
for (const [input, variable] of ACTION_INPUTS) {
  const value = core.getInput(input);
  if (value) process.env[variable] = value;
}
try {
  process.exitCode = (await runAction()).exitCode;
} catch (error) {
  // What cannot even start (no runner event, a wrong key) is one line saying what to do; the stack only in a debug run.
  if (core.isDebug() && error instanceof Error) core.debug(error.stack ?? error.message);
  core.setFailed(explain(error));
}
