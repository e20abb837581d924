// `npm run demo`: the real app against the local stand-ins, printing what people see. Run with
// tsx straight from the sources: the stand-in is a development tool, never built into lib/.
import { runDemo } from "./demo.js";

await runDemo();
