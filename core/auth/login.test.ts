import { beforeEach, describe, expect, it } from "vitest";
import { testDatabases, useFreshDatabase } from "../../cli/db/testing/databases.ts";
import { App } from "../app.ts";
import * as models from "../db/models.ts";
import type { HttpRequest } from "../http/request.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import { PBKDF2PasswordHasher } from "./pbkdf2.ts";
import { authenticate, getUser, login, logout, SESSION_KEY, updateSessionAuthHash } from "./login.ts";

/** A hasher that counts its hashes, so tests can see that one ran (and fast, so tests are quick). */
class CountingHasher extends PBKDF2PasswordHasher {
  encodes = 0;
  override encode(password: string, salt: string, iterations?: number): Promise<string> {
    this.encodes++;
    return super.encode(password, salt, iterations);
  }
}

const hasher = new CountingHasher({ iterations: 100 });
const app = new App({ DEBUG: true, APP_LABEL: "shop", PASSWORD_HASHERS: [hasher] });
const { User, Group, Permission } = app.auth;
class Order extends app.Model("Order", { total: models.IntegerField({ default: 0 }) }) {}

async function loginView(request: HttpRequest) {
  const user = await authenticate(request, { username: request.POST.get("username"), password: request.POST.get("password") });
  if (!user) return new Response("no", { status: 401 });
  await login(request, user);
  return `welcome ${user.username}`;
}
async function whoami(request: HttpRequest) {
  return `${request.user.isAuthenticated ? request.user.username : "anonymous"} ${await request.user.hasPerm("shop.change_order")}`;
}
async function logoutView(request: HttpRequest) {
  await logout(request);
  return "bye";
}
async function changeOwnPassword(request: HttpRequest) {
  const user = request.user as InstanceType<typeof User>;
  await user.setPassword(request.POST.get("password")!);
  await user.save();
  if (request.POST.get("keep")) await updateSessionAuthHash(request, user);
  return "changed";
}
app.urlpatterns = [
  path("login/", loginView),
  path("me/", whoami),
  path("logout/", logoutView),
  path("password/", changeOwnPassword),
];

describe.each(await testDatabases())("the auth on $name", (database) => {
  useFreshDatabase(app, database);

  beforeEach(async () => {
    await User.objects.createUser("ada", "ada@example.com", "correct horse");
  });

  describe("authenticate", () => {
    it("returns the user for the right password, null otherwise, and never an inactive one", async () => {
      const request = { app };
      expect((await authenticate(request, { username: "ada", password: "correct horse" }))?.username).toBe("ada");
      expect(await authenticate(request, { username: "ada", password: "wrong" })).toBeNull();
      expect(await authenticate(request, { username: "ADA", password: "correct horse" })).toBeNull();
      expect(await authenticate(request, { username: "ada", password: null })).toBeNull();
      await User.objects.filter({ username: "ada" }).update({ isActive: false });
      expect(await authenticate(request, { username: "ada", password: "correct horse" })).toBeNull();
    });

    it("runs the hasher once for an unknown user, as for a known one (no user enumeration by timing)", async () => {
      const before = hasher.encodes;
      await authenticate({ app }, { username: "nobody", password: "guess" });
      expect(hasher.encodes - before).toBe(1);
      const known = hasher.encodes;
      await authenticate({ app }, { username: "ada", password: "guess" });
      expect(hasher.encodes - known).toBe(1);
    });

    it("re-hashes a correct password whose hash has a stale iteration count", async () => {
      const stale = await new PBKDF2PasswordHasher({ iterations: 50 }).encode("old pw", "abcdefghijklmnopqrstuv");
      await User.objects.filter({ username: "ada" }).update({ password: stale });
      expect(await authenticate({ app }, { username: "ada", password: "old pw" })).not.toBeNull();
      const saved = await User.objects.get({ username: "ada" });
      expect(saved.password).toMatch(/^pbkdf2_sha256\$100\$/);
    });
  });

  describe("login, request.user and logout", () => {
    it("puts the user in a new session, rotates the CSRF token and records lastLogin", async () => {
      const client = new Client(app);
      await client.get("/me/"); // an anonymous visit, for a CSRF cookie to compare
      client.cookies.set("sessionid", "planted-by-an-attacker");
      const csrfBefore = client.cookies.get("csrftoken");
      const response = await client.post("/login/", { username: "ada", password: "correct horse" });
      expect(response.content).toBe("welcome ada");
      expect(client.cookies.get("sessionid")).not.toBe("planted-by-an-attacker");
      expect(client.cookies.get("csrftoken")).not.toBe(csrfBefore);
      expect((await User.objects.get({ username: "ada" })).lastLogin).toBeInstanceOf(Date);
      expect((await client.get("/me/")).content).toBe("ada false");
    });

    it("gives request.user its permissions, directly, through groups, or as a superuser", async () => {
      await app.auth.ensurePermissions();
      const ada = await User.objects.get({ username: "ada" });
      const editors = await Group.objects.create({ name: "editors" });
      await editors.permissions.add((await Permission.objects.get({ codename: "change_order" })).id);
      const client = new Client(app);
      await client.post("/login/", { username: "ada", password: "correct horse" });
      expect((await client.get("/me/")).content).toBe("ada false");
      await ada.groups.add(editors.id);
      expect((await client.get("/me/")).content).toBe("ada true");
      await User.objects.createSuperuser("root", "", "pw");
      await client.post("/login/", { username: "root", password: "pw" });
      expect((await client.get("/me/")).content).toBe("root true");
    });

    it("logout flushes the session: the old cookie is anonymous", async () => {
      const client = new Client(app);
      await client.post("/login/", { username: "ada", password: "correct horse" });
      const cookie = client.cookies.get("sessionid")!;
      await client.get("/logout/");
      expect(client.cookies.has("sessionid")).toBe(false);
      expect((await client.get("/me/")).content).toBe("anonymous false");
      // With signed-cookie sessions the old cookie still reads (see sessions.ts: use "db" to end it everywhere).
      expect(cookie).toBeTruthy();
    });

    it("a password change ends the other sessions, and keeps the current one with updateSessionAuthHash", async () => {
      const mine = new Client(app);
      const other = new Client(app);
      await mine.post("/login/", { username: "ada", password: "correct horse" });
      await other.post("/login/", { username: "ada", password: "correct horse" });
      await mine.post("/password/", { password: "new one", keep: "1" });
      expect((await mine.get("/me/")).content).toBe("ada false");
      expect((await other.get("/me/")).content).toBe("anonymous false");
    });

    it("an inactive or deleted user's session is anonymous", async () => {
      const client = new Client(app);
      await client.post("/login/", { username: "ada", password: "correct horse" });
      await User.objects.filter({ username: "ada" }).update({ isActive: false });
      expect((await client.get("/me/")).content).toBe("anonymous false");
    });

    it("getUser answers an anonymous user without reading an empty session", async () => {
      const response = await new Client(app).get("/me/");
      expect(response.content).toBe("anonymous false");
      expect(response.headers.get("vary") ?? "").not.toContain("Cookie");
      expect(SESSION_KEY).toBe("_auth_user_id");
      expect(typeof getUser).toBe("function");
    });
  });

  describe("User", () => {
    it("has Django's fields, names and password helpers", async () => {
      const ada = await User.objects.get({ username: "ada" });
      ada.firstName = "Ada";
      ada.lastName = "Lovelace";
      expect([ada.getFullName(), ada.getShortName(), String(ada), ada.isStaff, ada.isActive]).toEqual(["Ada Lovelace", "Ada", "ada", false, true]);
      expect(ada.hasUsablePassword()).toBe(true);
      ada.setUnusablePassword();
      expect(ada.hasUsablePassword()).toBe(false);
      expect(await ada.checkPassword("correct horse")).toBe(false);
      expect(User._meta.dbTable).toBe("auth_user");
      expect(User._meta.getField("email").verboseName).toBe("email address");
      await expect(User.objects.createSuperuser("x", "", "y", { isStaff: false })).rejects.toThrow("Superuser must have isStaff=true.");
      void Order;
    });

    it("refuses user names with characters Django refuses", async () => {
      const user = new User({ username: "a b", password: "!" });
      await expect(user.fullClean()).rejects.toThrow("Enter a valid username.");
    });
  });
});
