// What every command module declares about itself. A leaf module (no imports) so that notices,
// the help text and the comment gate can name audiences without pulling in the handlers.

export type Audience = "maintainer" | "requester";

/**
 * What the shell must look up before a command can be decided (the pure core reads nothing itself):
 * the desk gathers these facts only for a comment holding a command that needs them.
 */
export type CommandFact =
  /** Whether the pending challenge branch has been pushed. */
  | "challenge-branch"
  /** The registry's ownership evidence, gathered now rather than when it is due. */
  | "evidence";

export interface CommandSpec {
  name: string;
  /** Who may run it. Both audiences may run `/help`. */
  audiences: readonly Audience[];
  usage: string;
  example: string;
  summary: string;
  /** On a closed case: `runs` (it still means something there) or `refused` (answered with a closed-case notice). */
  onClosedCase: "runs" | "refused";
  /** Facts the shell looks up before deciding it. */
  needs?: readonly CommandFact[];
  /**
   * The verification factor this command answers (the requester's side of a check a maintainer
   * started): before it counts, the desk asks GitHub whether that maintainer still has the role.
   */
  answers?: "email" | "repo";
  /** A repository the command names for a challenge (the app must be able to see it), read from its arguments. */
  challengedRepository?(args: string): string | null;
}
