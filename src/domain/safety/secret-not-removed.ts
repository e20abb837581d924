// A secret stayed public: the run that met it fails (the server's event, the sweep's case, the
// Actions step's exit code and summary) and the comment stays owed, so the next run tries again.
export class SecretNotRemovedError extends Error {
  constructor(readonly comments: number[]) {
    super(`could not delete comment(s) ${comments.join(", ")} holding a secret; hidden at best, they stay readable: remove them by hand`);
  }
}
