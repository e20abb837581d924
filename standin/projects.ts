/* eslint max-len: ["error", { "code": 140, "ignoreTemplateLiterals": true }] -- GitHub's error messages, verbatim */
// An organisation's Project (v2) as GitHub's GraphQL API shows it to the app: the project and its
// single-select status field, items added idempotently (adding an issue twice returns the same
// item), status updates, and `node(id)` for an issue. People move items with `move`; GitHub sends
// `projects_v2_item.edited` for every change, the app's own included.
import type { Store } from "./store.js";

export interface ProjectSpec {
  /** The organisation that owns it. */
  owner: string;
  number: number;
  field?: string;
  /** The status field's options, in order. */
  options: string[];
}

export interface ItemChange {
  item: { id: number; node_id: string; project_node_id: string; content_node_id: string };
  field: { node_id: string; name: string; project_number: number };
  from: { id: string; name: string } | null;
  to: { id: string; name: string };
}

type GraphQLAnswer = { data?: unknown; errors?: { type?: string; message: string; path?: string[] }[] };

export class StandInProject {
  readonly id: string;
  readonly fieldId: string;
  readonly options: { id: string; name: string }[];
  /** Items by the issue's node id: the item's number and its status option. */
  readonly items = new Map<string, { id: number; optionId: string | null }>();
  private nextItem = 1;

  constructor(
    readonly spec: ProjectSpec,
    private readonly store: Store,
    private readonly repository: { owner: string; name: string },
  ) {
    this.id = `PVT_${spec.owner}_${spec.number}`;
    this.fieldId = `PVTSSF_${spec.number}`;
    this.options = spec.options.map((name, i) => ({ id: `opt${i + 1}`, name }));
  }

  get fieldName(): string {
    return this.spec.field ?? "Status";
  }

  /** One GraphQL request, if it is one of the project operations; null otherwise. `change` receives what an update changed. */
  answer(query: string, variables: Record<string, unknown>, change: (c: ItemChange) => void): GraphQLAnswer | null {
    if (/\borganization\s*\(\s*login:/.test(query) && /projectV2\s*\(/.test(query)) return this.lookup(variables);
    if (/addProjectV2ItemById\s*\(/.test(query)) return this.add(variables);
    if (/updateProjectV2ItemFieldValue\s*\(/.test(query)) return this.update(variables, change);
    if (/\bnode\s*\(\s*id:/.test(query)) return this.node(variables);
    return null;
  }

  /** A person moves an issue's item to an option (by name): what GitHub's webhook reports. */
  move(issueNumber: number, optionName: string): ItemChange {
    const option = this.options.find((o) => o.name === optionName);
    if (!option) throw new Error(`no option ${optionName}`);
    const content = `I_${issueNumber}`;
    const item = this.items.get(content) ?? { id: this.nextItem++, optionId: null };
    const from = this.options.find((o) => o.id === item.optionId) ?? null;
    this.items.set(content, { ...item, optionId: option.id });
    return this.changeOf(content, item.id, from, option);
  }

  optionOf(issueNumber: number): string | null {
    const item = this.items.get(`I_${issueNumber}`);
    return this.options.find((o) => o.id === item?.optionId)?.name ?? null;
  }

  private lookup(variables: Record<string, unknown>): GraphQLAnswer {
    const mine = String(variables.org).toLowerCase() === this.spec.owner.toLowerCase() && Number(variables.number) === this.spec.number;
    if (!mine) {
      return {
        data: { organization: null },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["organization"],
            message: `Could not resolve to an Organization with the login of '${String(variables.org)}'.`,
          },
        ],
      };
    }
    const field = String(variables.field) === this.fieldName ? { id: this.fieldId, options: this.options } : null;
    return { data: { organization: { projectV2: { id: this.id, field } } } };
  }

  private add(variables: Record<string, unknown>): GraphQLAnswer {
    const content = String(variables.content);
    if (variables.project !== this.id || !this.issueExists(content)) return notFound("addProjectV2ItemById", content);
    const item = this.items.get(content) ?? { id: this.nextItem++, optionId: null };
    this.items.set(content, item);
    const value = item.optionId ? { optionId: item.optionId } : null;
    return { data: { addProjectV2ItemById: { item: { id: `PVTI_${item.id}`, fieldValueByName: value } } } };
  }

  private update(variables: Record<string, unknown>, change: (c: ItemChange) => void): GraphQLAnswer {
    const entry = [...this.items.entries()].find(([, i]) => `PVTI_${i.id}` === variables.item);
    const option = this.options.find((o) => o.id === variables.option);
    if (variables.project !== this.id || variables.field !== this.fieldId || !entry || !option)
      return notFound("updateProjectV2ItemFieldValue", String(variables.item));
    const [content, item] = entry;
    const from = this.options.find((o) => o.id === item.optionId) ?? null;
    this.items.set(content, { ...item, optionId: option.id });
    if (from?.id !== option.id) change(this.changeOf(content, item.id, from, option));
    return { data: { updateProjectV2ItemFieldValue: { projectV2Item: { id: `PVTI_${item.id}` } } } };
  }

  private node(variables: Record<string, unknown>): GraphQLAnswer {
    const content = String(variables.content);
    if (!this.issueExists(content)) return { data: { node: null } };
    const { owner, name } = this.repository;
    return { data: { node: { number: Number(content.slice(2)), repository: { name, isPrivate: false, owner: { login: owner } } } } };
  }

  private issueExists(content: string): boolean {
    return /^I_\d+$/.test(content) && this.store.issues.has(Number(content.slice(2)));
  }

  private changeOf(content: string, id: number, from: { id: string; name: string } | null, to: { id: string; name: string }): ItemChange {
    return {
      item: { id, node_id: `PVTI_${id}`, project_node_id: this.id, content_node_id: content },
      field: { node_id: this.fieldId, name: this.fieldName, project_number: this.spec.number },
      from,
      to,
    };
  }
}

function notFound(field: string, id: string): GraphQLAnswer {
  return {
    data: { [field]: null },
    errors: [{ type: "NOT_FOUND", path: [field], message: `Could not resolve to a node with the global id of '${id}'` }],
  };
}
