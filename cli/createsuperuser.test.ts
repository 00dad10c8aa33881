/**
 * `onefile createsuperuser`, run as a person and as a script run it: a real process on a real
 * SQLite file, answered through pipes and through a real terminal.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPassword } from "../core/auth/hashers.ts";
import { openSqlite } from "./db/sqlite.ts";
import { converse, terminalAvailable } from "./testing/conversation.ts";
import { ROOT, tempProject } from "./testing/helpers.ts";

const PASSWORD = "correct horse battery";

/** A project with Django's polls app (examples/polls.ts, which registers the admin). */
function pollsProject(): string {
  const dir = tempProject();
  copyFileSync(join(ROOT, "examples", "polls.ts"), join(dir, "polls.ts"));
  return dir;
}

async function users(dir: string) {
  const db = openSqlite(join(dir, "db.sqlite3"));
  try {
    const { columns, rows } = await db.query("SELECT username, email, is_staff, is_superuser, is_active, password FROM auth_user ORDER BY id");
    return rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]]))) as { username: string; email: string; is_staff: number; is_superuser: number; is_active: number; password: string }[];
  } finally {
    await db.close();
  }
}

async function run(dir: string, args: string[], env: Record<string, string> = {}) {
  const conversation = converse(args, dir, { env });
  conversation.child.stdin!.end();
  const code = await conversation.exit();
  return { code, output: conversation.output() };
}

describe("onefile createsuperuser --noinput", () => {
  it("creates a superuser from the options and ONEFILE_SUPERUSER_PASSWORD on a new database, then refuses the same username", async () => {
    const dir = pollsProject();
    const created = await run(dir, ["createsuperuser", "polls.ts", "--username", "admin", "--email", "admin@example.com", "--noinput"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD });
    expect(created.output).toContain("Create table auth_user");
    expect(created.output).toContain("Superuser created successfully.");
    expect(created.code).toBe(0);
    const [admin] = await users(dir);
    expect(admin).toMatchObject({ username: "admin", email: "admin@example.com", is_staff: 1, is_superuser: 1, is_active: 1 });
    expect(admin!.password).toMatch(/^pbkdf2_sha256\$\d+\$/);
    expect(await checkPassword(PASSWORD, admin!.password)).toBe(true);

    const again = await run(dir, ["createsuperuser", "polls.ts", "--username", "admin", "--email", "other@example.com", "--no-input"], { ONEFILE_SUPERUSER_PASSWORD: "another one" });
    expect(again.output).toContain("onefile createsuperuser: That username is already taken.");
    expect(again.code).toBe(1);
    expect(await users(dir)).toHaveLength(1);
  }, 60_000);

  it("says which value is missing or refused, and creates nothing", async () => {
    const dir = pollsProject();
    const cases: [string[], Record<string, string>, string][] = [
      [["--email", "a@example.com"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD }, "You must use --username with --noinput."],
      [["--username", "admin"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD }, "You must use --email with --noinput."],
      [["--username", "admin", "--email", "a@example.com"], {}, "Set the password in the ONEFILE_SUPERUSER_PASSWORD environment variable"],
      [["--username", "ad min", "--email", "a@example.com"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD }, "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."],
      [["--username", "admin", "--email", "a@"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD }, "Enter a valid email address."],
    ];
    for (const [args, env, message] of cases) {
      const result = await run(dir, ["createsuperuser", "polls.ts", ...args, "--noinput"], env);
      expect(result.output).toContain(message);
      expect(result.code).toBe(1);
    }
    expect(await users(dir)).toEqual([]);
  }, 120_000);

  it("takes the username and email from ONEFILE_SUPERUSER_USERNAME and _EMAIL as Django's DJANGO_SUPERUSER_*", async () => {
    const dir = pollsProject();
    const result = await run(dir, ["createsuperuser", "polls.ts", "--noinput"], {
      ONEFILE_SUPERUSER_USERNAME: "ops",
      ONEFILE_SUPERUSER_EMAIL: "ops@example.com",
      ONEFILE_SUPERUSER_PASSWORD: "12345", // not validated with --noinput, as in Django
    });
    expect(result.code).toBe(0);
    const [ops] = await users(dir);
    expect([ops!.username, ops!.email, await checkPassword("12345", ops!.password)]).toEqual(["ops", "ops@example.com", true]);
  }, 60_000);

  it("refuses an app that does not use auth", async () => {
    const dir = tempProject();
    writeFileSync(join(dir, "hello.ts"), `import { App, path } from "onefile";\nconst app = new App({ DEBUG: true });\napp.urlpatterns = [path("", () => "hi")];\nexport default app;\n`);
    const result = await run(dir, ["createsuperuser", "hello.ts", "--username", "admin", "--email", "a@example.com", "--noinput"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD });
    expect(result.output).toContain("hello.ts does not use auth, so it has no users.");
    expect(result.code).toBe(1);
  }, 60_000);
});

describe("onefile createsuperuser, interactive", () => {
  it("asks again for a taken username, a bad email, mismatched and refused passwords (answers piped in)", async () => {
    const dir = pollsProject();
    expect((await run(dir, ["createsuperuser", "polls.ts", "--username", "taken", "--email", "t@example.com", "--noinput"], { ONEFILE_SUPERUSER_PASSWORD: PASSWORD })).code).toBe(0);
    const c = converse(["createsuperuser", "polls.ts"], dir);
    await c.expect(/Username( \(leave blank to use '[^']*'\))?: /);
    c.answer("taken");
    await c.expect("Error: That username is already taken.");
    await c.expect("Username");
    c.answer("grace");
    await c.expect("Email address: ");
    c.answer("grace@");
    await c.expect("Error: Enter a valid email address.");
    await c.expect("Email address: ");
    c.answer("grace@example.com");
    await c.expect("Password: ");
    c.answer("one thing");
    await c.expect("Password (again): ");
    c.answer("another thing");
    await c.expect("Error: Your passwords didn't match.");
    await c.expect("Password: ");
    c.answer("   ");
    await c.expect("Password (again): ");
    c.answer("   ");
    await c.expect("Error: Blank passwords aren't allowed.");
    await c.expect("Password: ");
    c.answer("grace1");
    await c.expect("Password (again): ");
    c.answer("grace1");
    await c.expect("This password is too short. It must contain at least 8 characters.");
    await c.expect("Bypass password validation and create user anyway? [y/N]: ");
    c.answer("");
    await c.expect("Password: ");
    c.answer(PASSWORD);
    await c.expect("Password (again): ");
    c.answer(PASSWORD);
    await c.expect("Superuser created successfully.");
    expect(await c.exit()).toBe(0);
    const grace = (await users(dir)).find((u) => u.username === "grace");
    expect(grace).toMatchObject({ email: "grace@example.com", is_superuser: 1 });
    expect(await checkPassword(PASSWORD, grace!.password)).toBe(true);
  }, 90_000);

  it("cancels when the input ends before the answers do", async () => {
    const dir = pollsProject();
    const c = converse(["createsuperuser", "polls.ts", "--username", "ada"], dir);
    await c.expect("Email address: ");
    c.child.stdin!.end();
    await c.expect("Operation cancelled.");
    expect(await c.exit()).toBe(1);
    expect(await users(dir)).toEqual([]);
  }, 60_000);

  describe.skipIf(!terminalAvailable())("on a real terminal", () => {
    it("does not echo the password, and creates the user when the validators are bypassed with y", async () => {
      const dir = pollsProject();
      const c = converse(["createsuperuser", "polls.ts"], dir, { terminal: true });
      await c.expect(/Username( \(leave blank to use '[^']*'\))?: /);
      c.answer("linus");
      await c.expect("Email address: ");
      c.answer("linus@example.com");
      await c.expect("Password: ");
      c.answer("linus");
      await c.expect("Password (again): ");
      c.answer("linus");
      await c.expect("The password is too similar to the username.");
      await c.expect("Bypass password validation and create user anyway? [y/N]: ");
      c.answer("y");
      await c.expect("Superuser created successfully.");
      expect(await c.exit()).toBe(0);
      // The terminal echoed what was typed, except the passwords.
      expect(c.output()).toContain("linus@example.com");
      expect(c.output().replaceAll("linus@example.com", "").match(/linus/g)).toEqual(["linus"]); // the username only
      const [linus] = await users(dir);
      expect(await checkPassword("linus", linus!.password)).toBe(true);
    }, 90_000);

    it("offers the login name when it is free, and Ctrl-C cancels without creating anything", async () => {
      const dir = pollsProject();
      const c = converse(["createsuperuser", "polls.ts"], dir, { terminal: true });
      await c.expect(/Username \(leave blank to use '[a-z0-9_.@+-]+'\): /);
      c.answer("");
      await c.expect("Email address: ");
      c.type("\x03");
      await c.expect("Operation cancelled.");
      expect(await c.exit()).toBe(1);
      expect(await users(dir)).toEqual([]);
    }, 90_000);
  });
});
