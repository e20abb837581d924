// One retry layer: the Octokit the desk gives Probot neither retries rate limits (throttling's
// callbacks) nor 5xx (plugin-retry) itself, so retry.ts alone decides, and a creation that may
// have happened is never repeated under it. Every request has a timeout.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { deskOctokit } from "../../src/reliability/octokit.js";
import { DEFAULT_RETRY, makeReliable } from "../../src/reliability/retry.js";

const API = "https://api.github.com";
beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("the desk's Octokit", () => {
  const octokit = () => new (deskOctokit(300))({ auth: "t" });

  it("passes a secondary rate limit straight up (one request), for retry.ts to wait as GitHub asks", async () => {
    let calls = 0;
    nock(API)
      .post("/repos/o/r/issues/1/comments")
      .times(3)
      .reply(() => (calls++, [403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "1" }]));
    await expect(octokit().request("POST /repos/o/r/issues/1/comments", { body: "x" })).rejects.toMatchObject({ status: 403 });
    expect(calls).toBe(1);
  });

  it("does not repeat a 502 (a comment creation may have happened), nor a primary limit", async () => {
    let calls = 0;
    nock(API)
      .post("/repos/o/r/issues/1/comments")
      .times(3)
      .reply(() => (calls++, [502, { message: "Server Error" }]));
    await expect(octokit().request("POST /repos/o/r/issues/1/comments", { body: "x" })).rejects.toMatchObject({ status: 502 });
    expect(calls).toBe(1);
  });

  it("gives every request a timeout", async () => {
    nock(API).get("/repos/o/r").delay(2000).reply(200, {});
    const started = Date.now();
    await expect(octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  describe("decodes GitHub's bodies as Octokit does, with JSON.parse", () => {
    it("parses JSON with JSON.parse (json-with-bigint would make this id a BigInt)", async () => {
      nock(API)
        .get("/repos/o/r")
        .reply(200, '{"id": 9007199254740993, "name": "r"}', { "content-type": "application/json; charset=utf-8" });
      const { data } = await octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" });
      expect(data).toEqual({ id: 9007199254740992, name: "r" });
      expect(typeof (data as { id: unknown }).id).toBe("number");
    });

    it("gives text for JSON that does not parse, text for text and raw content, bytes for binary, nothing for 204", async () => {
      nock(API)
        .get("/a")
        .reply(200, "{not json", { "content-type": "application/json" })
        .get("/b")
        .reply(200, "plain words", { "content-type": "text/plain" })
        .get("/c")
        .reply(200, "name: value\n", { "content-type": "application/vnd.github.raw; charset=utf-8" })
        .get("/d")
        .reply(200, Buffer.from([0, 1, 2]), { "content-type": "application/octet-stream; charset=utf-8" })
        .delete("/e")
        .reply(204);
      const get = (path: string) =>
        octokit()
          .request(`GET ${path}`)
          .then((r) => r.data as unknown);
      expect(await get("/a")).toBe("{not json");
      expect(await get("/b")).toBe("plain words");
      expect(await get("/c")).toBe("name: value\n");
      expect([...new Uint8Array((await get("/d")) as ArrayBuffer)]).toEqual([0, 1, 2]);
      expect((await octokit().request("DELETE /e")).data).toBe("");
    });

    it("pages, answers GraphQL and keeps an error's parsed message through the same path", async () => {
      nock(API)
        .get("/repos/o/r/issues")
        .reply(200, [{ number: 1 }], { "content-type": "application/json", link: `<${API}/repos/o/r/issues?page=2>; rel="next"` })
        .get("/repos/o/r/issues")
        .query({ page: "2" })
        .reply(200, [{ number: 2 }], { "content-type": "application/json" })
        .post("/graphql")
        .reply(200, { data: { viewer: { login: "desk" } } })
        .get("/repos/o/gone")
        .reply(404, { message: "Not Found" });
      const kit = octokit();
      expect(await kit.paginate("GET /repos/{owner}/{repo}/issues", { owner: "o", repo: "r" })).toEqual([{ number: 1 }, { number: 2 }]);
      expect(await kit.graphql("{ viewer { login } }")).toEqual({ viewer: { login: "desk" } });
      await expect(kit.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "gone" })).rejects.toMatchObject({
        status: 404,
        response: { data: { message: "Not Found" } },
      });
    });

    it("leaves the stream to a caller that asks for it", async () => {
      nock(API).get("/f").reply(200, "{}", { "content-type": "application/json" });
      const { data } = await octokit().request("GET /f", { request: { parseSuccessResponseBody: false } });
      expect(typeof (data as ReadableStream).getReader).toBe("function");
    });

    it("parses the body of a request the desk's retry repeats, as of the first attempt", async () => {
      nock(API)
        .get("/g")
        .reply(502, { message: "Server Error" })
        .get("/g")
        .reply(200, '{"ok": true}', { "content-type": "application/json" });
      const kit = makeReliable(octokit(), { ...DEFAULT_RETRY, baseDelayMs: 1 });
      expect((await kit.request("GET /g")).data).toEqual({ ok: true });
    });
  });
});
