// `recovery-triage report <owner/repo>`: the desk at a glance in the terminal (or `--json`), read as the app when
// this machine holds its identity, else as the reviewer whose token it has (reading only).
import { REPOSITORY, type Values } from "../arguments.js";
import { environment, probotAsPerson, probotFromEnv } from "../../config/environment.js";
import { AppIdentity } from "../../github/identity.js";
import { readerToken, slugLogin } from "./reader.js";
import { loadReport } from "../report-loader.js";
import { reportText } from "../../domain/report/text.js";

export async function report(values: Values, positionals: string[]): Promise<number> {
  const match = REPOSITORY.exec(positionals[0]!)!;
  const env = environment();
  const token = await readerToken(env);
  const probot = token ? probotAsPerson(env, token) : probotFromEnv(env);
  const botLogin = token ? slugLogin(values) : await new AppIdentity(probot).login();
  const loaded = await loadReport(probot, match[1]!, match[2]!, botLogin, new Date(), token !== null);
  process.stdout.write(values.json ? `${JSON.stringify(loaded, null, 2)}\n` : reportText(loaded));
  return 0;
}
