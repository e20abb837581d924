// What a sweep left for lack of write budget is taken up by a resuming sweep (the server's, as soon
// as the budget has room) without walking again the cases the interrupted round already handled:
// a long adoption is resumed many times, and each walk of the cases before the first deferred one
// read every one of them again for nothing. The next full sweep (the interval's) walks everything,
// healing whatever changed meanwhile. Per desk and per repository, in this process's memory only
// (another instance resuming simply walks everything).

/** Per desk (the sweep's own desk object), per repository. */
const rounds = new WeakMap<object, Map<string, Set<number>>>();

/** The issues a round of `repository`'s sweep has handled so far; a full sweep starts a new round. */
export function sweepRound(desk: object, repository: string, resuming: boolean): Set<number> {
  let byRepository = rounds.get(desk);
  if (!byRepository) rounds.set(desk, (byRepository = new Map()));
  let handled = byRepository.get(repository);
  if (!handled || !resuming) byRepository.set(repository, (handled = new Set()));
  return handled;
}
