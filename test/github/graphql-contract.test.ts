// Every GraphQL operation the app sends is valid against GitHub's published schema
// (@octokit/graphql-schema), checked with the reference implementation (graphql-js).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { buildClientSchema, isEnumType, parse, validate, type IntrospectionQuery } from "graphql";
import { GRAPHQL_OPERATIONS } from "../../src/github/repo-client.js";
import { graphqlCost } from "../../standin/graphql-cost.js";
import { MINIMIZE_CLASSIFIERS } from "../../standin/rest.js";

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

  it("the stand-in accepts exactly GitHub's classifiers for hiding a comment", () => {
    const classifiers = schema.getType("ReportedContentClassifiers");
    if (!isEnumType(classifiers)) throw new Error("ReportedContentClassifiers is not an enum in the schema");
    expect([...MINIMIZE_CLASSIFIERS].sort()).toEqual(
      classifiers
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
  });

  it("and the check catches a wrong one", () => {
    const wrong =
      "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: NOT_A_CLASSIFIER }) { minimizedComment { isHidden } } }";
    expect(validate(schema, parse(wrong)).length).toBeGreaterThan(0);
  });
});

describe("GraphQL's rate limit, as the stand-in counts it (GitHub's documented rule)", () => {
  it("GitHub's own example: 1 + 100 + 5,000 requests over three nested connections cost 51 points", () => {
    const example = `query { viewer { login repositories(first: 100) { edges { node { id issues(first: 50) { edges { node { id
      labels(first: 60) { edges { node { id name } } } } } } } } } } }`;
    expect(graphqlCost(example)).toBe(51);
    // The same with the sizes as variables, and `last` counting as `first` does.
    const withVariables = "query($n: Int!) { viewer { repositories(last: $n) { nodes { issues(first: 50) { nodes { id } } } } } }";
    expect(graphqlCost(withVariables, { n: 100 })).toBe(1); // (1 + 100) / 100 rounds to 1
    expect(graphqlCost(withVariables, { n: 20_000 })).toBe(200);
  });

  it.each(GRAPHQL_OPERATIONS.map((q) => [q.slice(0, 40), q]))("%s… costs the minimum, one point", (_name, query) => {
    expect(graphqlCost(query, { first: 100 })).toBe(1);
  });
});
