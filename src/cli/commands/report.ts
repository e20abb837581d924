// `recovery-triage report <owner/repo>`: the desk at a glance in the terminal (or `--json`), read as the app when
// this machine holds its identity, else as the reviewer whose token it has (reading only).
import { REPOSITORY, type Values } from "../arguments.js";
import { environment, probotAsPerson, probotFromEnv } from "../../config/environment.js";
import { AppIdentity } from "../../github/identity.js";
import { reviewerToken } from "../reviewer-code.js";
import { loadReport } from "../report-loader.js";
import { reportText } from "../../domain/report/text.js";

export async function report(values: Values, positionals: string[]): Promise<number> {
  const match = REPOSITORY.exec(positionals[0]!)!;
  const env = environment();
  // As the app when this machine holds its identity; else as the reviewer whose token it has (reading only).
  const asApp = Boolean(Number(env.APP_ID));
  const token = asApp ? null : await reviewerToken(env);
  if (!asApp && !token)
    throw new Error("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN (yours; or log in with `gh auth login`)");
  const probot = token ? probotAsPerson(env, token) : probotFromEnv(env);
  const botLogin = token
    ? `${String(values["app-slug"] ?? "recovery-triage").replace(/\[bot\]$/, "")}[bot]`
    : await new AppIdentity(probot).login();
  const loaded = await loadReport(probot, match[1]!, match[2]!, botLogin, new Date(), token !== null);
  process.stdout.write(values.json ? `${JSON.stringify(loaded, null, 2)}\n` : reportText(loaded));
  return 0;
}
