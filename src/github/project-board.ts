// A GitHub Project (v2) as the desk uses it, through GraphQL: find the project and its status
// field, add an issue to it (idempotent on GitHub's side: adding an item twice returns the same
// item, with its current status), set the status, and find which issue a board item is.
import type { ProbotOctokit } from "probot";

export const PROJECT_STATUS_FIELD =
  "query($org: String!, $number: Int!, $field: String!) { organization(login: $org) { projectV2(number: $number) { id " +
  "field(name: $field) { ... on ProjectV2SingleSelectField { id options { id name } } } } } }";
export const ADD_PROJECT_ITEM =
  "mutation($project: ID!, $content: ID!, $field: String!) { addProjectV2ItemById(input: { projectId: $project, contentId: $content }) " +
  "{ item { id fieldValueByName(name: $field) { ... on ProjectV2ItemFieldSingleSelectValue { optionId } } } } }";
export const SET_PROJECT_STATUS =
  "mutation($project: ID!, $item: ID!, $field: ID!, $option: String!) { updateProjectV2ItemFieldValue(input: { projectId: $project, " +
  "itemId: $item, fieldId: $field, value: { singleSelectOptionId: $option } }) { projectV2Item { id } } }";
export const ISSUE_OF_ITEM =
  "query($content: ID!) { node(id: $content) { ... on Issue { number repository { name isPrivate owner { login } } } } }";
export const PROJECT_OPERATIONS = [PROJECT_STATUS_FIELD, ADD_PROJECT_ITEM, SET_PROJECT_STATUS, ISSUE_OF_ITEM];

export interface StatusField {
  projectId: string;
  fieldId: string;
  options: { id: string; name: string }[];
}

export class ProjectBoard {
  constructor(private readonly octokit: ProbotOctokit) {}

  /** The project and its single-select status field; null when either does not exist (or the app cannot see it). */
  async statusField(org: string, number: number, field: string): Promise<StatusField | null> {
    type Answer = {
      organization: { projectV2: { id: string; field: { id?: string; options?: { id: string; name: string }[] } | null } | null } | null;
    };
    const data = await this.octokit.graphql<Answer>(PROJECT_STATUS_FIELD, { org, number, field });
    const project = data.organization?.projectV2;
    if (!project?.field?.id || !project.field.options) return null;
    return { projectId: project.id, fieldId: project.field.id, options: project.field.options };
  }

  /** Adds the issue (or finds it, if it is there already): its item and the option its status has now. */
  async addItem(projectId: string, contentId: string, field: string): Promise<{ itemId: string; optionId: string | null }> {
    type Answer = { addProjectV2ItemById: { item: { id: string; fieldValueByName: { optionId?: string } | null } } };
    const data = await this.octokit.graphql<Answer>(ADD_PROJECT_ITEM, { project: projectId, content: contentId, field });
    const item = data.addProjectV2ItemById.item;
    return { itemId: item.id, optionId: item.fieldValueByName?.optionId ?? null };
  }

  async setStatus(field: StatusField, itemId: string, optionId: string): Promise<void> {
    await this.octokit.graphql(SET_PROJECT_STATUS, { project: field.projectId, item: itemId, field: field.fieldId, option: optionId });
  }

  /** The issue a board item stands for; null for a draft, a pull request or what the app cannot see. */
  async issueOf(contentId: string): Promise<{ owner: string; repo: string; number: number; isPrivate: boolean } | null> {
    type Answer = { node: { number?: number; repository?: { name: string; isPrivate: boolean; owner: { login: string } } } | null };
    const data = await this.octokit.graphql<Answer>(ISSUE_OF_ITEM, { content: contentId });
    const node = data.node;
    if (!node?.number || !node.repository) return null;
    return { owner: node.repository.owner.login, repo: node.repository.name, number: node.number, isPrivate: node.repository.isPrivate };
  }
}
