// `npm start` / `recovery-triage start`: the server. Registered (APP_ID and a private key in the
// environment or `.env`): Probot's own `run` serves the app, exactly as `probot run` would.
// Not yet registered: the setup server serves the page that registers the app from `app.yml`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "probot";
import { isRegistered } from "../config/environment.js";
import recoveryTriage from "../index.js";
import { startSetupServer } from "../registration/server.js";

/** Never resolves: the server runs until the process is stopped. */
export async function start(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (isRegistered(env)) {
    // Probot passes its own options (addHandler, cwd) as the second argument: the app takes its defaults.
    await run((app) => recoveryTriage(app));
  } else {
    const local = join(process.cwd(), "app.yml");
    const appYml = readFileSync(existsSync(local) ? local : new URL("../../app.yml", import.meta.url), "utf8");
    await startSetupServer({
      appYml,
      envFile: join(process.cwd(), ".env"),
      env,
      host: env.HOST ?? "localhost",
      port: env.PORT ? Number(env.PORT) : 3000,
    });
  }
  return new Promise<number>(() => undefined);
}
