// Every log line is scrubbed of secrets, whoever built the logger: the desk's own loggers through
// pino's hooks.streamWrite, a foreign one (someone else's `probot run`) wrapped at its stream.
import { describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { protectLogs, scrubbedLogger } from "../../src/config/logger.js";
import { lineSink } from "../helpers/github-mock.js";

const TOKEN = "pypi-Ag" + "EIcHlwaS5vcmcCJGQ1NjM5ZGQ0LTk0";
const RECOVERY_CODES = "9f3a1c2b7d4e8f60 1a2b3c4d5e6f7a8b 0f1e2d3c4b5a6978 8899aabbccddeeff";

describe("log lines", () => {
  it("the desk's loggers scrub every line, their children's too, and keep an error's stack through pino's serializer", () => {
    const { sink, lines } = lineSink();
    const log = scrubbedLogger({ level: "info" }, sink);
    log.child({ issue: 7 }).info({ body: `my token ${TOKEN}` }, `codes: ${RECOVERY_CODES}`);
    log.warn({ err: new Error(`failed with ${TOKEN}`) }, "oops");
    const text = lines.join("");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("9f3a1c2b7d4e8f60");
    expect(text).toContain('"issue":7');
    expect(JSON.parse(lines[1]!).err.stack).toMatch(/^Error: failed with/);
  });

  it("a logger built elsewhere is wrapped at its stream, once, children included", () => {
    const { sink, lines } = lineSink();
    const foreign = pino({ level: "info" }, sink);
    const child = foreign.child({ name: "early" });
    protectLogs(foreign);
    protectLogs(foreign);
    child.info(`token ${TOKEN}`);
    foreign.child({}).info(`token ${TOKEN}`);
    expect(lines).toHaveLength(2);
    expect(lines.join("")).not.toContain(TOKEN);
  });
});
