import { describe, expect, it } from "vitest";
import { testDatabases, useFreshDatabase } from "../../cli/db/testing/databases.ts";
import { App } from "../app.ts";
import { ValidationError } from "../forms/errors.ts";
import { createSuperuser, superuserEmailProblem, superuserPasswordProblems, superuserUsernameProblem } from "./create-superuser.ts";
import { PBKDF2PasswordHasher } from "./pbkdf2.ts";

const app = new App({ DEBUG: true, APP_LABEL: "site", PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 100 })] });
const auth = app.auth;

describe.each(await testDatabases())("on $name", (database) => {
  useFreshDatabase(app, database);

  function problemsOf(error: unknown): Record<string, string[]> {
    expect(error).toBeInstanceOf(ValidationError);
    return Object.fromEntries(Object.entries((error as ValidationError).errorDict ?? {}).map(([field, list]) => [field, list.flatMap((e) => e.messages)]));
  }

  describe("createSuperuser", () => {
    it("creates an active staff superuser whose password logs in", async () => {
      const user = await createSuperuser(auth, { username: "admin", email: "Admin@EXAMPLE.com", password: "correct horse battery" });
      const saved = await auth.User.objects.get({ username: "admin" });
      expect([saved.pk, saved.isStaff, saved.isSuperuser, saved.isActive, saved.email]).toEqual([user.pk, true, true, true, "Admin@example.com"]);
      expect(await saved.checkPassword("correct horse battery")).toBe(true);
    });

    it("reports every problem by field with Django's messages and saves nothing", async () => {
      await auth.User.objects.createUser("taken", "", "x");
      const error = await createSuperuser(auth, { username: "taken", email: "not an email", password: "1234567" }).catch((e: unknown) => e);
      expect(problemsOf(error)).toEqual({
        username: ["That username is already taken."],
        email: ["Enter a valid email address."],
        password: [
          "This password is too short. It must contain at least 8 characters.",
          "This password is too common.",
          "This password is entirely numeric.",
        ],
      });
      expect(await auth.User.objects.count()).toBe(1);
    });

    it("skips the password validators when asked (Django's bypass), but never the username checks", async () => {
      const user = await createSuperuser(auth, { username: "root", password: "123" }, { validatePassword: false });
      expect(await user.checkPassword("123")).toBe(true);
      const error = await createSuperuser(auth, { username: "bad name!", password: "123" }, { validatePassword: false }).catch((e: unknown) => e);
      expect(problemsOf(error)).toEqual({ username: ["Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."] });
    });

    it("gives an unusable password for null", async () => {
      const user = await createSuperuser(auth, { username: "sso", password: null });
      expect(user.hasUsablePassword()).toBe(false);
    });
  });

  describe("the per-field checks (what the command line asks again for)", () => {
    it("username: blank, too long, invalid characters, taken (after NFKC, as stored)", async () => {
      expect(await superuserUsernameProblem(auth, "")).toBe("Username cannot be blank.");
      expect(await superuserUsernameProblem(auth, "a".repeat(151))).toBe("Ensure this value has at most 150 characters (it has 151).");
      expect(await superuserUsernameProblem(auth, "ada lovelace")).toMatch(/^Enter a valid username/);
      await auth.User.objects.createUser("ﬁona", "", "x"); // stored as "fiona"
      expect(await superuserUsernameProblem(auth, "fiona")).toBe("That username is already taken.");
      expect(await superuserUsernameProblem(auth, "grace")).toBeNull();
    });

    it("email: blank is fine, malformed is not", () => {
      expect(superuserEmailProblem(auth, "")).toBeNull();
      expect(superuserEmailProblem(auth, "ada@example.com")).toBeNull();
      expect(superuserEmailProblem(auth, "ada@")).toBe("Enter a valid email address.");
    });

    it("password: blank first, then the validators, similarity to the username included", async () => {
      expect(await superuserPasswordProblems(auth, "   ", { username: "ada" })).toEqual(["Blank passwords aren't allowed."]);
      expect(await superuserPasswordProblems(auth, "adalovelace1", { username: "adalovelace" })).toEqual(["The password is too similar to the username."]);
      expect(await superuserPasswordProblems(auth, "correct horse battery", { username: "ada" })).toEqual([]);
    });
  });
});
