// Commands whose webhook GitHub lost (it never redelivers on its own): the sweep applies recent
// ones with their author's roles as of now, asks the author to repeat older ones, once, and
// leaves alone what was applied, answered or acknowledged. A late /code is still held to its expiry.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { decodeState } from "../../src/domain/case/state.js";
import type { Harness } from "../../standin/harness.js";
import { deskWithOneRequest } from "../helpers/one-request.js";
import { Verifier } from "../../src/domain/verification/codes.js";

const HOUR = 3_600_000;
const verifier = new Verifier("lost-commands-secret-0123456789");
let clock = Date.parse("2026-11-23T09:00:00Z");
let harness: Harness;

async function start(roles: Record<string, string> = { alice: "maintain" }): Promise<Harness> {
  clock = Date.parse("2026-11-23T09:00:00Z");
  harness = await deskWithOneRequest({ roles, verifier, now: () => new Date(clock) });
  return harness;
}
afterEach(async () => harness?.stop());

const state = () => decodeState(harness.github.thread(1).comments[0]!.body)!;
const sweep = async () => {
  const report = await sweepWithNewDesk(harness.probot, { verifier, now: () => new Date(clock), registry: null });
  await harness.github.settled();
  return report;
};

describe("a command whose webhook was lost", () => {
  it("is applied by the next sweep, as its author, and only once", async () => {
    await start();
    harness.github.loseNextWebhooks(1);
    const lost = await harness.github.comment(1, "alice", "/hold waiting for the registry's admins");
    await harness.github.settled();
    expect(state().status).toBe("triage");
    clock += HOUR;
    await sweep();
    expect(state().status).toBe("on-hold");
    expect(state().timeline.at(-1)).toMatchObject({ by: "alice", why: "command /hold (as maintainer)" });
    expect(state().processed.through).toBeGreaterThanOrEqual(lost.id);
    const before = harness.github.writes().length;
    await sweep();
    expect(harness.github.writes().length).toBe(before);
  });

  it("is checked against its author's standing as of now", async () => {
    await start({ alice: "maintain" });
    harness.github.loseNextWebhooks(1);
    await harness.github.comment(1, "mallory", "/approve force trust me");
    await harness.github.settled();
    await sweep();
    expect(state().status).toBe("triage");
    expect(state().decision).toBeNull();
    // Run (and refused: mallory is no maintainer), then remembered.
    expect(harness.github.thread(1).comments.at(-1)!.body).toContain("can only be run by the desk's maintainers");
  });

  it("too old to apply (48 h): one reply asking to repeat it, and nothing done", async () => {
    await start();
    harness.github.loseNextWebhooks(1);
    await harness.github.comment(1, "alice", "/hold holidays");
    clock += 50 * HOUR;
    await sweep();
    expect(state().status).toBe("triage");
    const reply = harness.github.thread(1).comments.at(-1)!.body;
    expect(reply).toContain("GitHub never delivered your comment of 2026-11-23");
    expect(reply).toContain("`/hold`");
    const before = harness.github.writes().length;
    await sweep();
    expect(harness.github.writes().length).toBe(before);
  });

  it("a /code replayed late is still held to the code's expiry", async () => {
    await start();
    await harness.github.comment(1, "alice", "/verify email");
    await harness.github.settled();
    const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date(clock));
    harness.github.loseNextWebhooks(1);
    await harness.github.comment(1, "jbber", `/code ${code}`);
    clock += 30 * HOUR; // past the 24 h expiry, within the 48 h replay window
    await sweep();
    expect(state().status).toBe("verifying");
    expect(state().factors.email?.state).toBe("pending");
    // It was run (and refused as expired), not skipped.
    expect(harness.github.thread(1).comments.at(-1)!.body).toContain("That code has expired (codes last 24 hours)");
  });

  it("a /code the sweep reaches before its webhook is answered once: the late delivery finds it settled", async () => {
    await start();
    await harness.github.comment(1, "alice", "/verify email");
    await harness.github.settled();
    harness.github.loseNextWebhooks(1);
    await harness.github.comment(1, "jbber", "/code 12345678");
    const late = harness.github.lastDelivery!;
    clock += 1_000; // the webhook is merely behind the sweep in the queue
    await sweep();
    const wrong = () => harness.github.thread(1).comments.filter((c) => c.body.startsWith("That code is not right"));
    expect(wrong()).toHaveLength(1);
    expect(state().factors.email?.failures).toBe(1);
    const before = harness.github.writes().length;
    await harness.github.redeliver(late);
    await harness.github.settled();
    expect(harness.github.writes().length).toBe(before);
    expect(wrong()).toHaveLength(1);
  });

  it("an accepted command acknowledged with 👍 is not run again", async () => {
    await start();
    await harness.github.comment(1, "alice", "/status");
    await harness.github.settled();
    expect(harness.github.reactions).toHaveLength(1);
    const before = harness.github.writes().length;
    await sweep();
    expect(harness.github.writes().length).toBe(before);
  });
});
