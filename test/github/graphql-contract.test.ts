// Every GraphQL operation the app sends is valid against GitHub's published schema
// (@octokit/graphql-schema), checked with the reference implementation (graphql-js).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { buildClientSchema, parse, validate, type IntrospectionQuery } from "graphql";
import { GRAPHQL_OPERATIONS } from "../../src/github/repo-client.js";

// The introspection result (schema.json) rather than the SDL file: the published SDL defines two
// fields twice, which graphql-js rightly refuses. The package exports only its JS entry.
const introspection = JSON.parse(readFileSync("node_modules/@octokit/graphql-schema/schema.json", "utf8")) as {
  data?: IntrospectionQuery;
} & IntrospectionQuery;
const schema = buildClientSchema(introspection.data ?? introspection);

describe("GraphQL operations against GitHub's schema", () => {
  it.each(GRAPHQL_OPERATIONS.map((q) => [q.slice(0, 40), q]))("%s… is valid", (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it("and the check catches a wrong one", () => {
    const wrong =
      "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: NOT_A_CLASSIFIER }) { minimizedComment { isHidden } } }";
    expect(validate(schema, parse(wrong)).length).toBeGreaterThan(0);
  });
});
