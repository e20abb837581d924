// A real redis-server for the tests, on a free loopback port, without persistence (so a restart
// loses everything it held, the harshest case). `.ci/run` installs Debian's redis-server when missing.
import { spawn, type ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { ended, freePort, waitFor } from "../../standin/app-process.js";

export interface RedisProcess {
  url: string;
  client(): Redis;
  /** Kills the server (SIGKILL: no goodbye to the clients) and starts a fresh, empty one on the same port. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function spawnAt(port: number): Promise<ChildProcess> {
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  let failed: Error | null = null;
  child.on("error", (error) => (failed = error));
  const probe = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await waitFor(async () => {
    if (failed) throw new Error(`redis-server could not start (is it installed? .ci/run installs it): ${(failed as Error).message}`);
    return probe.connect().then(
      () => true,
      () => false,
    );
  });
  await probe.quit();
  return child;
}

export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  let child = await spawnAt(port);
  const clients: Redis[] = [];
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    client() {
      const c = new Redis(url, { maxRetriesPerRequest: 3 });
      c.on("error", () => undefined); // a restart's refused connections are expected; ioredis reconnects
      clients.push(c);
      return c;
    },
    async restart(downMs = 300) {
      await ended(child, "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, downMs));
      child = await spawnAt(port);
    },
    async stop() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
      await ended(child, "SIGTERM");
    },
  };
}
