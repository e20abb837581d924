// What a GraphQL call costs against GitHub's GraphQL rate limit (its own budget, 5,000 points an
// hour), computed as GitHub documents it: every connection (a field with `first` or `last`) needs
// one request per item of the connections around it; the sum is divided by 100 and rounded, and a
// call costs at least one point.
import { Kind, parse, visit, type ArgumentNode } from "graphql";

function size(argument: ArgumentNode | undefined, variables: Record<string, unknown>): number | null {
  if (!argument) return null;
  const value = argument.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return Number(variables[value.name.value] ?? 0) || 0;
  return null;
}

export function graphqlCost(query: string, variables: Record<string, unknown> = {}): number {
  let requests = 0;
  const multipliers = [1];
  visit(parse(query), {
    Field: {
      enter(field) {
        const outer = multipliers[multipliers.length - 1]!;
        const args = field.arguments ?? [];
        const items =
          size(
            args.find((a) => a.name.value === "first"),
            variables,
          ) ??
          size(
            args.find((a) => a.name.value === "last"),
            variables,
          );
        if (items === null) return void multipliers.push(outer);
        requests += outer;
        multipliers.push(outer * items);
      },
      leave() {
        multipliers.pop();
      },
    },
  });
  return Math.max(1, Math.round(requests / 100));
}
