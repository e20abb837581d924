// `npm start` / `recovery-triage start`: the server. Registered (APP_ID and a private key in the
// environment or `.env`): the app's server (app/server.ts, the same start the tests use).
// Not yet registered: the setup server serves the page that registers the app from `app.yml`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { environment, isRegistered } from "../config/environment.js";
import { startServer } from "../app/server.js";
import { startSetupServer } from "../features/registration/server.js";

/** Never resolves: the server runs until the process is stopped (SIGINT or SIGTERM stop it cleanly). */
export async function start(env: NodeJS.ProcessEnv = environment()): Promise<number> {
  if (isRegistered(env)) {
    const server = await startServer(env);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => void server.stop().finally(() => process.exit(0)));
    }
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
