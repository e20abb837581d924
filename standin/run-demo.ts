// `npm run demo` (and `-- --serve`): the real app against the local stand-ins, printing what people
// see. Run with tsx straight from the sources: the stand-in is a development tool, never built into lib/.
import { runDemo } from "./demo.js";

// `npm run demo -- --serve` keeps the desk running afterwards, so the reviewers' page can be opened in a browser.
const stop = new AbortController();
process.once("SIGINT", () => stop.abort());
process.once("SIGTERM", () => stop.abort());
await runDemo(console.log, { serve: process.argv.includes("--serve"), signal: stop.signal });
