// The command line's rules as a table: help, the version, every usage error and its one line.
// (test/e2e/code-cli.test.ts runs the real process for the exit codes and streams.)
import { describe, expect, it } from "@jest/globals";
import { readCommandLine, UsageError } from "../../src/cli/arguments.js";

describe("reading the command line", () => {
  it.each([
    [[], /^usage: recovery-triage <command>/],
    [["--help"], /^usage: recovery-triage <command>/],
    [["-h"], /^usage: recovery-triage <command>/],
    [["help"], /^usage: recovery-triage <command>/],
    [["sweep", "--help"], /^usage: recovery-triage sweep\n/],
    [["code", "-h"], /^usage: recovery-triage code <owner>\/<repo>#<number> \[--send --to <address>\]/],
    [["start", "--help"], /^usage: recovery-triage start\n/],
    [["code", "registry/support#1", "--help"], /^usage: recovery-triage code/],
  ])("%j is help and nothing else", (argv, pattern) => {
    const line = readCommandLine(argv);
    expect(line.kind).toBe("help");
    if (line.kind === "help") expect(line.text).toMatch(pattern);
  });

  it("the overview lists every command; -v and --version ask for the version", () => {
    const line = readCommandLine([]);
    for (const name of ["start", "code", "sweep", "report", "check-config", "schema"])
      expect(line.kind === "help" && line.text).toMatch(new RegExp(`^  ${name} `, "m"));
    expect(readCommandLine(["--version"])).toEqual({ kind: "version" });
    expect(readCommandLine(["-v"])).toEqual({ kind: "version" });
  });

  it.each([
    [["code", "registry/support#1", "--frobnicate"], "Unknown option '--frobnicate'"],
    [["code", "registry/support#1", "--to", "a@example.org"], "--to only goes with --send"],
    [["code", "registry/support#1", "--send"], "--send needs --to <address>"],
    [["code", "registry/support#1", "--to"], "Option '--to <value>' argument missing"],
    [["code", "registry/support#1", "extra"], "usage: recovery-triage code"],
    [["code"], "usage: recovery-triage code"],
    [["code", "nonsense"], "name the case as <owner>/<repo>#<number>"],
    [["report", "not a repo"], "name the repository as <owner>/<repo>"],
    [["report", "a/b", "--json=yes"], "--json"],
    [["sweep", "now"], "sweep takes no arguments"],
    [["check-config", "a", "b"], "usage: recovery-triage check-config"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["__proto__"], 'unknown command "__proto__"'],
  ])("%j is a usage error in one line", (argv, message) => {
    let error: unknown = null;
    try {
      readCommandLine(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("a well-formed command comes back with its values and arguments", () => {
    expect(readCommandLine(["code", "registry/support#1", "--send", "--to", "a@example.org"])).toEqual({
      kind: "command",
      name: "code",
      values: { send: true, to: "a@example.org" },
      positionals: ["registry/support#1"],
    });
    expect(readCommandLine(["check-config"])).toMatchObject({ kind: "command", name: "check-config", positionals: [] });
    expect(readCommandLine(["report", "o/r", "--json"])).toMatchObject({ values: { json: true } });
  });
});
