// The repository's own issue form decides the headings to look for; the built-in form otherwise.
import type { RepoClient } from "../github/repo-client.js";
import { builtInForm, formFromYaml, type FormSpec } from "./form.js";

export async function loadForm(repo: Pick<RepoClient, "readText">, path: string): Promise<FormSpec> {
  try {
    const text = await repo.readText(path);
    return (text && formFromYaml(text)) || builtInForm;
  } catch {
    return builtInForm; // reading the form is an optimisation of parsing, never a reason to stop
  }
}
