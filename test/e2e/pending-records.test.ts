// The one record survives the instance that kept it: two app instances share a real redis-server.
// A passer-by's refusals past the cap are recorded without a card write, in Redis; the passer-by
// then gains the maintainer's role; the other instance's sweep must not run those comments again as
// if their webhooks were lost (with the roles of now). Signed webhooks, the real app, the stand-in.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startAppInstance, STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());

describe("pending records shared through Redis", () => {
  it("a refusal recorded by one instance is known to the other's sweep, after its author gained rights", async () => {
    const roles: Record<string, string> = { alice: "maintain" };
    const github = new GitHubStandIn({
      webhookSecret: STANDIN_WEBHOOK_SECRET,
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles,
    });
    const base = await github.start();
    // Servers that sweep themselves keep records waiting for the next card write (here: in Redis).
    const options = { redis: redis.client(), sweepIntervalMinutes: 60 };
    const [a, b] = [
      await startAppInstance(github, base, options),
      await startAppInstance(github, base, { ...options, redis: redis.client() }),
    ];
    try {
      github.deliverTo(a.url);
      await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
      await github.settled();
      for (let i = 0; i < 4; i++) await github.comment(1, "mallory", "/hold I am the maintainer really");
      await github.settled();
      const card = () => decodeState(github.thread(1).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
      // Three refusals answered; the fourth (past the cap) only recorded, and not on the card yet.
      const fourth = github
        .thread(1)
        .comments.filter((c) => c.user.login === "mallory")
        .at(-1)!;
      expect(card().processed.recent?.some((o) => o.id === fourth.id) ?? false).toBe(false);
      roles.mallory = "maintain";
      github.deliverTo(b.url);
      await b.sweep();
      await github.settled();
      expect(card().status).toBe("triage");
      expect(card().processed.recent?.find((o) => o.id === fourth.id)).toMatchObject({ did: "refused" });
    } finally {
      await a.stop();
      await b.stop();
      await github.stop();
    }
  }, 60_000);
});
