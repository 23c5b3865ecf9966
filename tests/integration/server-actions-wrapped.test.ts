// Every server action goes through the one wrapper, authedAction (session, permission, input,
// scope, one transaction, audit). Each export of a "use server" module is an endpoint anyone can
// post to, so this test imports every such module and checks that each export carries the brand
// authedAction puts on what it builds. Only two exports may do without it, both in
// lib/actions/auth.ts:
//   • signIn: there is no session yet, and no permission to check;
//   • signOut: it must work for every signed-in user, including one who must first change their
//     password, to whom the wrapper refuses everything but that change; it returns no form result.
// Both check their own input and write their own audit entries (lib/auth/sign-in.ts, sign-out.ts).
import { describe, expect, it } from "vitest";

import { AUTHED_ACTION } from "@/lib/actions/authed-action";

import { authedActionSpec, inlineServerActionFiles, serverActionModules } from "../helpers/server-action-modules";

const PUBLIC_ACTIONS: Record<string, readonly string[]> = {
  "lib/actions/auth.ts": ["signIn", "signOut"],
};

describe("server actions", () => {
  it("are found: the action modules of lib/actions", async () => {
    const files = (await serverActionModules()).map((module) => module.file);
    expect(files).toEqual(
      expect.arrayContaining(["lib/actions/auth.ts", "lib/actions/users.ts", "lib/actions/review.ts"]),
    );
  });

  it("are all built by authedAction, but for sign-in and sign-out", async () => {
    const unwrapped = (await serverActionModules()).flatMap(({ file, exports }) =>
      Object.entries(exports)
        .filter(([name, value]) => !authedActionSpec(value) && !PUBLIC_ACTIONS[file]?.includes(name))
        .map(([name]) => `${file}: ${name}`),
    );
    expect(unwrapped).toEqual([]);
  });

  it("allow exactly the public ones listed, which exist and are not wrapped", async () => {
    const modules = await serverActionModules();
    for (const [file, names] of Object.entries(PUBLIC_ACTIONS)) {
      const exports = modules.find((module) => module.file === file)?.exports ?? {};
      for (const name of names) {
        expect(typeof exports[name], `${file}: ${name}`).toBe("function");
        expect(authedActionSpec(exports[name]), `${file}: ${name}`).toBeNull();
      }
    }
  });

  it("are never declared inline, where this test could not see them", () => {
    expect(inlineServerActionFiles()).toEqual([]);
  });

  it("carry the brand as a property that is not enumerable", async () => {
    const { createUser } = await import("@/lib/actions/users");
    expect(Object.getOwnPropertyDescriptor(createUser, AUTHED_ACTION)).toMatchObject({
      enumerable: false,
      writable: false,
    });
    expect(Object.keys(createUser)).toEqual([]);
  });
});
