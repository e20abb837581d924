// Who may run maintainer commands: asked of GitHub, and remembered for a minute only.
import { expect, it } from "@jest/globals";
import { isMaintainer, PermissionMemory } from "../../src/github/permissions.js";

function repoWith(roles: Record<string, string>) {
  const asked: string[] = [];
  return {
    asked,
    ref: { owner: "o", repo: "r" },
    async collaboratorAccess(login: string) {
      asked.push(login);
      const role = roles[login];
      return role ? { roleName: role, permission: role === "write" ? "write" : "read" } : null;
    },
    async isActiveTeamMember() {
      return false;
    },
  };
}

it("a minute's answers come from memory; after it, and for anyone else, GitHub is asked again", async () => {
  let now = 0;
  const memory = new PermissionMemory(60_000, () => now);
  const repo = repoWith({ alice: "write", pat: "read" });
  const ask = (login: string) => isMaintainer(repo, login, [], memory);
  expect(await Promise.all([ask("alice"), ask("alice"), ask("pat"), ask("pat"), ask("pat")])).toEqual([true, true, false, false, false]);
  expect(repo.asked).toEqual(["alice", "pat"]);
  now = 59_999;
  await ask("alice");
  expect(repo.asked).toHaveLength(2);
  // Access removed: it counts once the minute is over.
  now = 60_000;
  const roles = repoWith({});
  expect(await isMaintainer(roles, "alice", [], memory)).toBe(false);
  expect(roles.asked).toEqual(["alice"]);
});

it("without a memory every check asks GitHub (a lost command's author is checked as of now)", async () => {
  const repo = repoWith({ alice: "write" });
  await isMaintainer(repo, "alice", []);
  await isMaintainer(repo, "alice", []);
  expect(repo.asked).toEqual(["alice", "alice"]);
});

// The role table (the app-level test tries each role over HTTP on one command; here every shape of answer).
it.each([
  [{ roleName: "admin", permission: "admin" }, true],
  [{ roleName: "maintain", permission: "write" }, true],
  [{ roleName: "write", permission: "write" }, true],
  [{ roleName: "triage", permission: "read" }, false],
  [{ roleName: "read", permission: "read" }, false],
  [{ roleName: "security-desk", permission: "write" }, true],
  [{ roleName: "release-captain", permission: "admin" }, true],
  [{ roleName: "helper", permission: "read" }, false],
  [{ roleName: null, permission: "write" }, true],
  [{ roleName: "write", permission: null }, true],
  [{ roleName: null, permission: null }, false],
  [null, false],
] as const)("access %j: maintainer %s", async (access, maintainer) => {
  const repo = { ref: { owner: "o", repo: "r" }, collaboratorAccess: async () => access, isActiveTeamMember: async () => false };
  expect(await isMaintainer(repo, "maint", [])).toBe(maintainer);
});

it("an error asking is a no, and a listed team's active member is a maintainer", async () => {
  const failing = {
    ref: { owner: "o", repo: "r" },
    collaboratorAccess: async () => {
      throw new Error("500");
    },
    isActiveTeamMember: async (_org: string, slug: string) => slug === "desk",
  };
  expect(await isMaintainer(failing, "maint", [])).toBe(false);
  expect(await isMaintainer(failing, "maint", ["desk"])).toBe(true);
});
