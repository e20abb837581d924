// The registry client against nock: cached for a day, then asked again with the ETag (a 304 costs
// nothing), bounded by the case's budget and its own timeout, never following a link off-site.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { Budget, RegistryClient } from "../../../src/features/evidence/registry-client.js";

const REGISTRY = "https://registry.test";
let clock = 0;
const budget = () => new Budget(5000, 2000);

beforeEach(() => {
  nock.disableNetConnect();
  clock = Date.parse("2026-11-25T12:00:00Z");
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("the registry client", () => {
  it("answers from its cache for a day, then asks with the ETag and keeps the body on 304", async () => {
    const client = new RegistryClient(undefined, () => clock);
    nock(REGISTRY).get("/pypi/x/json").reply(200, '{"a":1}', { etag: '"v1"' });
    expect(await client.get(`${REGISTRY}/pypi/x/json`, "application/json", budget())).toEqual({ kind: "ok", body: '{"a":1}' });
    expect(await client.get(`${REGISTRY}/pypi/x/json`, "application/json", budget())).toEqual({ kind: "ok", body: '{"a":1}' });
    expect(client.requests).toBe(1);
    clock += 24 * 3600_000;
    nock(REGISTRY).get("/pypi/x/json").matchHeader("if-none-match", '"v1"').reply(304);
    expect(await client.get(`${REGISTRY}/pypi/x/json`, "application/json", budget())).toEqual({ kind: "ok", body: '{"a":1}' });
    expect(client.requests).toBe(2);
    expect(nock.isDone()).toBe(true);
  });

  it("a 404 is a missing account or project (cached too); 429, 5xx and other answers are failures", async () => {
    const client = new RegistryClient();
    nock(REGISTRY).get("/user/nobody/").reply(404).get("/user/busy/").reply(429, "slow down").get("/user/broken/").reply(503);
    expect(await client.get(`${REGISTRY}/user/nobody/`, "text/html", budget())).toEqual({ kind: "missing" });
    expect(await client.get(`${REGISTRY}/user/nobody/`, "text/html", budget())).toEqual({ kind: "missing" });
    expect(await client.get(`${REGISTRY}/user/busy/`, "text/html", budget())).toEqual({ kind: "failed", why: "answered 429" });
    expect(await client.get(`${REGISTRY}/user/broken/`, "text/html", budget())).toEqual({ kind: "failed", why: "answered 503" });
    expect(client.requests).toBe(3);
  });

  it("follows the registry's own redirects (canonical names), never one to another host", async () => {
    const client = new RegistryClient();
    nock(REGISTRY)
      .get("/pypi/Tiny_Fmt/json")
      .reply(301, "", { location: "/pypi/tiny-fmt/json" })
      .get("/pypi/tiny-fmt/json")
      .reply(200, "{}");
    expect(await client.get(`${REGISTRY}/pypi/Tiny_Fmt/json`, "application/json", budget())).toEqual({ kind: "ok", body: "{}" });
    nock(REGISTRY).get("/user/x/").reply(302, "", { location: "http://169.254.169.254/latest/meta-data" });
    expect(await client.get(`${REGISTRY}/user/x/`, "text/html", budget())).toEqual({ kind: "failed", why: "redirected off-site" });
  });

  it("gives up on a slow answer at the request timeout, and sends nothing once the case's budget is spent", async () => {
    const client = new RegistryClient();
    nock(REGISTRY).get("/user/slow/").delay(1500).reply(200, "late");
    const started = Date.now();
    expect(await client.get(`${REGISTRY}/user/slow/`, "text/html", new Budget(5000, 200))).toEqual({ kind: "failed", why: "timed out" });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(await client.get(`${REGISTRY}/user/other/`, "text/html", new Budget(0, 2000))).toEqual({ kind: "failed", why: "out of time" });
    expect(client.requests).toBe(1);
  });

  it("refuses an answer too large to be a profile or a project, and an unreachable registry is a failure", async () => {
    const client = new RegistryClient();
    nock(REGISTRY)
      .get("/pypi/huge/json")
      .reply(200, "x".repeat(9 * 1024 * 1024));
    expect(await client.get(`${REGISTRY}/pypi/huge/json`, "application/json", budget())).toEqual({
      kind: "failed",
      why: "answer too large",
    });
    nock(REGISTRY).get("/user/x/").replyWithError("ECONNREFUSED");
    expect(await client.get(`${REGISTRY}/user/x/`, "text/html", budget())).toEqual({ kind: "failed", why: "unreachable" });
  });
});
