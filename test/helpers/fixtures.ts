import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${root}${name}`, "utf8");
}

export const body = (name: string) => fixture(`bodies/${name}.md`);
