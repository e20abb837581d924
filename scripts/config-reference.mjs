// Writes the configuration reference into docs/admins.md, between its markers, from the schema
// (src/config/reference.ts): part of `npm run schema`, after the build. test/config/reference.test.ts
// fails when the docs hold anything else.
import { readFileSync, writeFileSync } from "node:fs";
import { configReference } from "../lib/config/reference.js";

const DOC = "docs/admins.md";
const START = "<!-- config-reference:start (npm run schema writes it from src/config/schema.ts) -->";
const END = "<!-- config-reference:end -->";
const text = readFileSync(DOC, "utf8");
const [before, rest] = text.split(START);
if (rest === undefined || !rest.includes(END)) throw new Error(`${DOC} has no ${START} … ${END}`);
writeFileSync(DOC, `${before}${START}\n\n${configReference()}\n\n${END}${rest.slice(rest.indexOf(END) + END.length)}`);
