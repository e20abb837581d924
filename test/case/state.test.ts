import { describe, expect, it } from "@jest/globals";
import { decodeState, encodeState, hasStateMarker } from "../../src/case/state.js";
import { state } from "../helpers/cases.js";

describe("the hidden state block", () => {
  it("round-trips", () => {
    const s = state();
    expect(decodeState(`visible text\n\n${encodeState(s)}`)).toEqual(s);
  });

  it("cannot be closed or forged by a username", () => {
    const s = state({ username: "x --> <!-- recovery-triage:state v1 {} --> &" });
    const block = encodeState(s);
    expect(block.indexOf("-->")).toBe(block.length - 3);
    expect(block.match(/<!--/g)).toHaveLength(1);
    expect(decodeState(block)?.username).toBe(s.username);
  });

  it.each([
    ["no block", "hello"],
    ["broken JSON", "<!-- recovery-triage:state v1 {not json} -->"],
    ["wrong version", `<!-- recovery-triage:state v1 ${JSON.stringify({ ...state(), v: 2 })} -->`],
    ["wrong shape", `<!-- recovery-triage:state v1 ${JSON.stringify({ v: 1, status: "approved" })} -->`],
    ["unterminated", `<!-- recovery-triage:state v1 ${JSON.stringify(state())}`],
  ])("ignores %s", (_name, body) => {
    expect(decodeState(body)).toBeNull();
  });

  it("recognises the marker", () => {
    expect(hasStateMarker(encodeState(state()))).toBe(true);
    expect(hasStateMarker("<!-- other -->")).toBe(false);
    expect(hasStateMarker(null)).toBe(false);
  });
});
