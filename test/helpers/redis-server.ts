// A real redis-server for the tests, on a free loopback port, without persistence.
// `.ci/run` installs Debian's redis-server when it is missing.
import { spawn, type ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { freePort, waitFor } from "../../src/standin/app-process.js";

export interface RedisProcess {
  url: string;
  client(): Redis;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const clients: Redis[] = [];
  let failed: Error | null = null;
  child.on("error", (error) => (failed = error));
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await waitFor(async () => {
    if (failed) throw new Error(`redis-server could not start (is it installed? .ci/run installs it): ${(failed as Error).message}`);
    return probe.connect().then(
      () => true,
      () => false,
    );
  });
  await probe.quit();
  return {
    url,
    client() {
      const c = new Redis(url, { maxRetriesPerRequest: 3 });
      clients.push(c);
      return c;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
