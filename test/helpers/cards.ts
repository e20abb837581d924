import YAML from "yaml";
import { renderCard } from "../../src/case/card.js";
import type { CaseState } from "../../src/case/state.js";
import { parseConfig } from "../../src/config/lenient.js";
import { builtInForm } from "../../src/intake/form.js";

export const CONFIG = "reviewers: [alice, bob, carol]\n";

/** The card the app would have written for a state, with the given config. */
export function cardFor(state: CaseState, configYaml = CONFIG): string {
  return renderCard(state, { config: parseConfig(YAML.parse(configYaml) as unknown).config, form: builtInForm });
}
