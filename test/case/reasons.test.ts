// Why did the bot do that: every timeline entry a decision adds names its rule and the inputs it
// read, beside who caused it; entries already there keep theirs; the card shows only the words.
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import { renderCard } from "../../src/domain/case/card.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { newReasons } from "../../src/domain/case/reasons.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { config, input, invalid, NOW, state, verifyingState } from "../helpers/cases.js";

const comment = (body: string, maintainer: boolean) =>
  ({ kind: "comment", commentId: 7, text: body, scan: readCommands(body), roles: { maintainer, requester: !maintainer } }) as const;
const lastWhy = (d: ReturnType<typeof decide>) => d.state!.timeline.at(-1)!.why;

describe("the reason recorded with each entry", () => {
  it("intake names the problems it found, or the reviewer and how they were chosen", () => {
    expect(lastWhy(decide(input({ kind: "opened" })))).toBe("intake: valid; reviewer bob (round-robin)");
    expect(lastWhy(decide(input({ kind: "opened" }, { validation: invalid([{ code: "reason-missing" }]) })))).toBe(
      "intake: problems reason-missing",
    );
  });

  it("a command names itself and the role it ran as; an entry made for someone else says so", () => {
    const held = decide(input(comment("/hold waiting for the registry", true), { previous: state(), actor: "alice" }));
    expect(lastWhy(held)).toBe("command /hold (as maintainer)");
    expect(held.state!.timeline.at(-1)!.by).toBe("alice");
  });

  it("the sweep's timers say what they measured", () => {
    const waiting = verifyingState({ waitingSince: "2026-10-01T00:00:00.000Z", remindedAt: "2026-10-20T00:00:00.000Z" });
    const stale = decide(input({ kind: "sweep" }, { previous: waiting, actor: "recovery-triage[bot]", now: NOW }));
    expect(stale.state!.status).toBe("stale");
    expect(lastWhy(stale)).toBe("timer: no answer from the requester 21 days");
  });

  it("earlier entries keep their reasons, the log gets only the new ones, and the card shows the words, not the rule", () => {
    const previous = decide(input({ kind: "opened" })).state!;
    const held = decide(input(comment("/hold", true), { previous, actor: "alice" })).state!;
    expect(held.timeline.map((e) => e.why)).toEqual(["intake: valid; reviewer bob (round-robin)", "command /hold (as maintainer)"]);
    expect(newReasons(previous, held)).toEqual(["command /hold (as maintainer)"]);
    const card = renderCard(held, { config: config(), form: builtInForm });
    expect(card.split("<!-- recovery-triage:state")[0]).not.toContain("command /hold");
  });
});
