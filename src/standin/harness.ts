// Runs the real app in this process against a GitHub stand-in: Probot's own webhook middleware,
// signature checks and Octokit, with only the network endpoints moved to 127.0.0.1.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import recoveryTriage from "../index.js";
import { MemoryDeliveryLog } from "../reliability/dedupe.js";
import { MemoryIssueQueue } from "../reliability/issue-queue.js";
import type { Verifier } from "../verification/codes.js";
import { GitHubStandIn, type StandInOptions } from "./github-standin.js";

export interface Harness {
  github: GitHubStandIn;
  /** The app's Probot instance (for running the sweep against the stand-in). */
  probot: Probot;
  stop(): Promise<void>;
}

export const WEBHOOK_PATH = "/api/github/webhooks";

/** A throwaway RSA key: the stand-in does not check the app's JWT, but Probot must sign one. */
export function throwawayPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}

export async function startHarness(
  options: Omit<StandInOptions, "webhookSecret"> & { now?: () => Date; verifier?: Verifier | null; logLevel?: "info" | "warn" | "error" | "fatal" } = {},
): Promise<Harness> {
  const secret = "standin-secret";
  const github = new GitHubStandIn({ ...options, webhookSecret: secret });
  const base = await github.start();
  const probot = new Probot({
    appId: 1,
    privateKey: throwawayPrivateKey(),
    secret,
    baseUrl: `${base}/api/v3`,
    logLevel: options.logLevel ?? "fatal",
    // GitHub's pacing (Probot's throttling) is pointless against a local stand-in; the app is otherwise unchanged.
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, throttle: { enabled: false }, retry: { enabled: false } })),
  });
  // The server's way (webhooks answered before the work is done), with a queue the harness can wait on.
  const queue = new MemoryIssueQueue();
  github.alsoWaitFor(() => queue.idle());
  const appOptions = { now: options.now, verifier: options.verifier ?? null, sweepIntervalMinutes: 0, queue, deliveries: new MemoryDeliveryLog() };
  const middleware = await createNodeMiddleware((app) => recoveryTriage(app, appOptions), { probot, webhooksPath: WEBHOOK_PATH });
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  github.deliverTo(`http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`);
  return {
    github,
    probot,
    async stop() {
      await github.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
