import { describe, expect, it } from "@jest/globals";
import { currentReviewer, pickReviewer, type OpenCase } from "../../src/domain/case/assign.js";
import { config } from "../helpers/cases.js";

const open = (number: number, assignees: string[]): OpenCase => ({ number, author: `u${number}`, username: `n${number}`, assignees });

describe("choosing a reviewer", () => {
  it.each([
    [9, "alice"],
    [10, "bob"],
    [11, "carol"],
    [12, "alice"],
  ])("round-robin takes turns by issue number: #%i → %s", (number, reviewer) => {
    expect(pickReviewer(config(), { number, author: "someone" }, [])).toBe(reviewer);
  });

  it("spreads a burst of requests evenly", () => {
    const counts: Record<string, number> = {};
    for (let n = 1; n <= 30; n++) {
      const r = pickReviewer(config(), { number: n, author: "x" }, [])!;
      counts[r] = (counts[r] ?? 0) + 1;
    }
    expect(counts).toEqual({ alice: 10, bob: 10, carol: 10 });
  });

  it("never picks the requester, nor anyone unavailable (case-insensitive)", () => {
    expect(pickReviewer(config(), { number: 10, author: "BOB" }, [])).toBe("carol");
    expect(pickReviewer(config({ unavailable: ["Bob", "carol"] }), { number: 10, author: "x" }, [])).toBe("alice");
    expect(pickReviewer(config({ unavailable: ["alice", "bob", "carol"] }), { number: 10, author: "x" }, [])).toBeNull();
    expect(pickReviewer(config({ reviewers: [] }), { number: 10, author: "x" }, [])).toBeNull();
  });

  it("least-loaded picks the reviewer with the fewest open cases, ties in round-robin order", () => {
    const cfg = config({ assignment: "least-loaded" });
    const cases = [open(1, ["alice"]), open(2, ["alice"]), open(3, ["bob"]), open(4, ["carol"]), open(5, ["Carol"])];
    expect(pickReviewer(cfg, { number: 10, author: "x" }, cases)).toBe("bob");
    expect(pickReviewer(cfg, { number: 10, author: "bob" }, cases)).toBe("carol"); // alice and carol tie at 2; carol comes first after #10
    expect(pickReviewer(cfg, { number: 11, author: "x" }, [])).toBe("carol");
  });

  it("finds the reviewer already responsible for a case", () => {
    expect(currentReviewer(config(), ["helper", "Bob"])).toBe("Bob");
    expect(currentReviewer(config(), ["helper"])).toBe("helper");
    expect(currentReviewer(config(), [])).toBeNull();
  });
});
