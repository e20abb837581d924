// The card is the first comment by the app that carries the state marker. Anyone else's copy (a
// requester can type the same marker) is ignored: the hidden state is trusted only from the app.
import { hasStateMarker } from "./state.js";
import type { Comment } from "../../github/repo-client.js";

export function findCard(comments: Comment[], botLogin: string): Comment | null {
  return comments.find((c) => c.author === botLogin && hasStateMarker(c.body)) ?? null;
}
