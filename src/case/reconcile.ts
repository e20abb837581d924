// The case service: load a case from GitHub, decide its next state with the pure core, and
// apply only the difference. Handling the same event twice therefore writes nothing the second
// time, and any event heals whatever an earlier lost one left undone.
import type { ConfigResult } from "../config/lenient.js";
import type { FormSpec } from "../intake/form.js";
import { isRecoveryRequest } from "../intake/detect.js";
import { parseRequest } from "../intake/parse.js";
import { validateRequest } from "../intake/validate.js";
import type { Comment, Issue, RepoClient } from "../github/repo-client.js";
import type { OpenCase } from "./assign.js";
import { renderCard } from "./card.js";
import { decide, needsOpenCases, type CaseEvent } from "./decide.js";
import { decodeState, hasStateMarker } from "./state.js";
import { desiredView, issuePatch } from "./view.js";

export interface ReconcileDeps {
  repo: RepoClient;
  /** The app's own login (`<slug>[bot]`), learned from the API. */
  botLogin: string;
  config: ConfigResult;
  form: FormSpec;
  now: () => Date;
  log?: { info: (obj: object, msg: string) => void };
}

export interface ReconcileResult {
  /** Write requests made, for this issue and any related one. */
  writes: number;
  status: string | null;
}

/** The card is the first comment by the app that carries the state marker. Anyone else's copy is ignored. */
export function findCard(comments: Comment[], botLogin: string): Comment | null {
  return comments.find((c) => c.author === botLogin && hasStateMarker(c.body)) ?? null;
}

export async function reconcile(deps: ReconcileDeps, number: number, event: CaseEvent, actor: string): Promise<ReconcileResult> {
  const { repo, config, form } = deps;
  const rules = config.config.username_rules;
  const [issue, comments] = await Promise.all([repo.getIssue(number), repo.listComments(number)]);
  const card = findCard(comments, deps.botLogin);
  const previous = card ? decodeState(card.body) : null;

  const parsed = parseRequest(issue.body, form);
  if (!previous && !isRecoveryRequest(issue.labels, config.config.labels.request, parsed)) return { writes: 0, status: null };

  const base = { event, actor, issue, previous, validation: validateRequest(parsed, rules), config: config.config, now: deps.now() };
  const openCases = needsOpenCases(base) ? await loadOpenCases(deps) : null;
  const decision = decide({ ...base, openCases });
  if (!decision.state) return { writes: 0, status: null };

  let writes = 0;
  const patch = issuePatch(issue, desiredView(decision.state, issue, config.config));
  if (patch) {
    await repo.updateIssue(number, patch);
    writes++;
  }
  const body = renderCard(decision.state, { config: config.config, form, configWarnings: config.warnings });
  if (!card) {
    await repo.createComment(number, body);
    writes++;
  } else if (card.body !== body) {
    await repo.updateComment(card.id, body);
    writes++;
  }
  deps.log?.info({ issue: number, event: event.kind, status: decision.state.status, writes }, "case reconciled");

  for (const related of decision.related) writes += (await reconcile(deps, related.issue, related.event, actor)).writes;
  return { writes, status: decision.state.status };
}

async function loadOpenCases(deps: ReconcileDeps): Promise<OpenCase[]> {
  const issues = await deps.repo.listOpenRequests(deps.config.config.labels.request);
  return issues.map((i: Issue) => ({
    number: i.number,
    author: i.author,
    username: validateRequest(parseRequest(i.body, deps.form), deps.config.config.username_rules).username,
    assignees: i.assignees,
  }));
}
