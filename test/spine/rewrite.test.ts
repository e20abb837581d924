import { describe, expect, it } from "@jest/globals";
import { keepNewerText } from "../../src/spine/rewrite.js";
import type { Issue, RepoClient } from "../../src/github/repo-client.js";

const read = { number: 10, title: "Account recovery request", body: "me@example.org" } as Issue;
const repoNow = (now: Partial<Issue>) => ({ getIssue: async () => ({ ...read, ...now }) }) as unknown as RepoClient;
const patch = { labels: ["account-recovery"], body: "[email-address-removed]" };

describe("rewriting a request's own text", () => {
  it("rewrites when the text is still what the event read", async () => {
    expect(await keepNewerText(repoNow({}), 10, read, patch)).toEqual(patch);
  });

  it("leaves a part the requester edited since (the rest of the update still goes)", async () => {
    expect(await keepNewerText(repoNow({ body: "my newer edit" }), 10, read, patch)).toEqual({ labels: ["account-recovery"] });
  });

  it("writes nothing when the rewrite was all there was", async () => {
    expect(await keepNewerText(repoNow({ body: "my newer edit" }), 10, read, { body: "x" })).toBeNull();
  });

  it("treats the title the same way", async () => {
    expect(await keepNewerText(repoNow({ title: "edited" }), 10, read, { title: "[redacted]", body: "y" })).toEqual({ body: "y" });
  });
});
