// Verifying that the requester owns the account: `/verify` starts a factor (the factor machine is
// in ../factors.ts), `/verified` records verification a maintainer did by other means, and
// `/evidence` has the public ownership evidence gathered again.
import { accountNamed } from "../binding.js";
import { bind, verify as startFactor } from "../factors.js";
import { withStatus } from "../transition.js";
import { sameLogin } from "../../text/login.js";
import { note, type Command } from "./command.js";

export const verify: Command = {
  name: "verify",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/verify email | /verify repo <owner>/<repo>",
  example: "/verify email",
  summary: "start a verification factor",
  challengedRepository: (args) => /^repo\s+([\w.-]+\/[\w.-]+)$/i.exec(args)?.[1]?.toLowerCase() ?? null,
  run: ({ state, args, input, act }) => startFactor(state, args, input, act, input.verifier),
};

export const verified: Command = {
  name: "verified",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/verified <note>",
  example: "/verified confirmed by a signed email from the maintainer address",
  summary: "attest verification done by other means",
  run({ state, args, input, act }) {
    if (!args) return { usage: "say how the account was verified, for example `/verified signed email from the maintainer address`" };
    if (sameLogin(act.actor, state.author)) return { state, notices: [{ kind: "own-case", command: "verified" }] };
    const named = accountNamed(input);
    if (!named.username) return { usage: "the request has no valid username yet, so there is nothing to attest" };
    const attested = { ...state, attestation: { by: act.actor, note: note(args), at: act.now.toISOString() } };
    return { state: withStatus(bind(attested, { ...named, username: named.username }), act, "verified"), notices: [] };
  },
};

export const evidence: Command = {
  name: "evidence",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/evidence",
  example: "/evidence",
  summary: "gather the account's public ownership evidence again",
  // The shell gathers it before deciding (features/evidence/gather.ts) and decide() stores it: nothing more to do here.
  needs: ["evidence"],
  run({ state, input }) {
    if (!input.config.registry.evidence)
      return { usage: "evidence gathering is turned off in this repository's config (`registry.evidence`)" };
    if (!input.validation.username) return { usage: "the request has no valid username yet, so there is no account to look up" };
    return { state, notices: [] };
  },
};
