// What every command module declares about itself. A leaf module (no imports) so that notices,
// the help text and the comment gate can name audiences without pulling in the handlers.

export type Audience = "maintainer" | "requester";

export interface CommandSpec {
  name: string;
  /** Who may run it. Both audiences may run `/help`. */
  audiences: readonly Audience[];
  usage: string;
  example: string;
  summary: string;
}
