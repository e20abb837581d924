// `recovery-triage schema`: the JSON Schema of `.github/recovery-triage.yml`, for editors and CI.
import { configJsonSchema } from "../../config/schema.js";

export async function schema(): Promise<number> {
  process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  return 0;
}
