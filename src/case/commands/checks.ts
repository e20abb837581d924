// Verifying that the requester owns the account: `/verify` starts a factor (the factor machine is
// in ../factors.ts), `/verified` records verification a maintainer did by other means.
import { accountNamed } from "../binding.js";
import { bind, verify as startFactor } from "../factors.js";
import { same, withStatus } from "../transition.js";
import { note, type Command } from "./command.js";

export const verify: Command = {
  name: "verify",
  audiences: ["maintainer"],
  usage: "/verify email | /verify repo <owner>/<repo>",
  example: "/verify email",
  summary: "start a verification factor",
  run: ({ state, args, input, act }) => startFactor(state, args, input, act, input.verifier),
};

export const verified: Command = {
  name: "verified",
  audiences: ["maintainer"],
  usage: "/verified <note>",
  example: "/verified confirmed by a signed email from the maintainer address",
  summary: "attest verification done by other means",
  run({ state, args, input, act }) {
    if (!args) return { usage: "say how the account was verified, for example `/verified signed email from the maintainer address`" };
    if (same(act.actor, state.author)) return { state, notices: [{ kind: "own-case", command: "verified" }] };
    const named = accountNamed(input);
    if (!named.username) return { usage: "the request has no valid username yet, so there is nothing to attest" };
    const attested = { ...state, attestation: { by: act.actor, note: note(args), at: act.now.toISOString() } };
    return { state: withStatus(bind(attested, { ...named, username: named.username }), act, "verified"), notices: [] };
  },
};
