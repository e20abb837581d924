import { describe, expect, it } from "@jest/globals";
import { DESK_COMMANDS, readCommands as scanCommands } from "../../src/domain/case/commands/index.js";
import { nearMiss } from "../../src/domain/command-text/near-miss.js";
import { MAX_COMMANDS_PER_COMMENT } from "../../src/domain/command-text/parse.js";

const names = (body: string) => scanCommands(body).commands.map((c) => (c.args ? `${c.name} ${c.args}` : c.name));

describe("finding commands in a comment", () => {
  it.each([
    ["a lone command", "/status", ["status"]],
    ["arguments", "/verify repo octo/pkg", ["verify repo octo/pkg"]],
    ["up to three leading spaces", "   /assign @alice", ["assign @alice"]],
    ["case-insensitive names", "/APPROVE ok", ["approve ok"]],
    ["several, in order", "/assign\nsome text\n/verify email\n/hold waiting", ["assign", "verify email", "hold waiting"]],
    ["CRLF", "/assign @bob\r\n/verify email\r\n", ["assign @bob", "verify email"]],
    ["lone CR", "/status\r/help", ["status", "help"]],
    ["inside a ``` fence", "```\n/approve\n```\n/status", ["status"]],
    ["inside a ~~~ fence", "~~~sh\n/deny no\n~~~", []],
    ["an unclosed fence hides the rest", "```\n/approve", []],
    ["indented code (4 spaces)", "    /approve", []],
    ["indented code (tab)", "\t/approve", []],
    ["a block quote", "> /approve\n>/deny x", []],
    ["a one-line HTML comment", "<!-- /approve -->\n/status", ["status"]],
    ["a multi-line HTML comment", "<!--\n/approve\n-->/status", ["status"]],
    ["text before the slash", "please /approve", []],
    ["a path", "/usr/bin/python3 is broken", []],
    ["a URL path", "/simple/requests/", []],
    ["an unknown word", "/foo bar", []],
  ])("%s", (_name, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it(`runs at most ${MAX_COMMANDS_PER_COMMENT} commands and counts the rest`, () => {
    const scan = scanCommands(Array.from({ length: 14 }, () => "/status").join("\n"));
    expect(scan.commands).toHaveLength(10);
    expect(scan.dropped).toBe(4);
  });

  it("bounds argument length", () => {
    expect(scanCommands(`/deny ${"x".repeat(5000)}`).commands[0]!.args).toHaveLength(500);
  });

  it("hints at a near miss, one edit away", () => {
    expect(scanCommands("/aprove looks fine").nearMisses).toEqual([{ written: "aprove", meant: "approve" }]);
    expect(scanCommands("/verfy email").nearMisses).toEqual([{ written: "verfy", meant: "verify" }]);
    expect(scanCommands("/holdd").nearMisses).toEqual([{ written: "holdd", meant: "hold" }]);
    expect(scanCommands("/xyz").nearMisses).toEqual([]);
  });

  it.each([
    ["approve", null],
    ["aprove", "approve"],
    ["dne", "done"],
    ["statsu", null],
    ["cod", "code"],
    ["ab", null],
  ])("nearMiss(%s) = %s", (word, meant) => {
    expect(nearMiss(word, new Set(DESK_COMMANDS.list.map((c) => c.name)))).toBe(meant);
  });

  it("is linear on hostile input", () => {
    const body = "/".repeat(60_000) + "\n" + "<!--".repeat(10_000) + "\n```\n".repeat(5_000);
    expect(scanCommands(body).commands).toEqual([]);
  });
});
