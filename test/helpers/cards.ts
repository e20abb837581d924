import { expect } from "@jest/globals";
import YAML from "yaml";
import { renderCard } from "../../src/domain/case/card.js";
import { isProcessed } from "../../src/domain/case/processed.js";
import { decodeState, type CaseState } from "../../src/domain/case/state.js";
import { parseConfig } from "../../src/config/lenient.js";
import { builtInForm } from "../../src/domain/intake/form.js";

export const CONFIG = "reviewers: [alice, bob, carol]\n";

/** The card the app would have written for a state, with the given config. */
export function cardFor(state: CaseState, configYaml = CONFIG): string {
  return renderCard(state, { config: parseConfig(YAML.parse(configYaml) as unknown).config, form: builtInForm });
}

/**
 * What a comment that changed nothing and got no reply (a silenced refusal, a maintainer's plain
 * words) costs: one write, the card, whose hidden record now holds the comment so no door runs it later.
 */
export function onlyRecorded(writes: { method: string; body: Record<string, unknown> }[], commentId: number): void {
  expect(writes.map((w) => w.method)).toEqual(["PATCH"]);
  const state = decodeState(String(writes[0]!.body.body));
  expect(state && isProcessed(state.processed, commentId)).toBe(true);
}
