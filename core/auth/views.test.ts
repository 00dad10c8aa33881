import { beforeEach, describe, expect, it } from "vitest";
import { testDatabases, useFreshDatabase } from "../../cli/db/testing/databases.ts";
import { App } from "../app.ts";
import type { HttpRequest } from "../http/request.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import { loginRequired } from "./decorators.ts";
import { PBKDF2PasswordHasher } from "./pbkdf2.ts";
import { loginView, logoutView } from "./views.ts";

const app = new App({
  DEBUG: true,
  APP_LABEL: "site",
  PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 100 })],
  LOGIN_URL: "login",
  LOGIN_REDIRECT_URL: "home",
  TEMPLATES: {
    "registration/login.html": `{% if form.nonFieldErrors().length %}<p class="error">{{ form.nonFieldErrors()[0] }}</p>{% endif %}<form method="post">{% csrf_token %}{{ form }}<input type="hidden" name="next" value="{{ next }}"></form>`,
    "registration/logged_out.html": "<p>Logged out</p>",
    "welcome.html": "<h1>Welcome</h1>",
  },
});
const { User } = app.auth;

app.urlpatterns = [
  path("", loginRequired((request: HttpRequest) => `home of ${request.user.isAuthenticated ? request.user.username : "?"}`), { name: "home" }),
  path("accounts/login/", loginView(), { name: "login" }),
  path("accounts/login-again/", loginView({ redirectAuthenticatedUser: true, nextPage: "/elsewhere/" })),
  path("accounts/logout/", logoutView(), { name: "logout" }),
  path("accounts/logout-home/", logoutView({ nextPage: "home" })),
];

describe.each(await testDatabases())("the site's login and logout views on $name", (database) => {
  useFreshDatabase(app, database);
  let client: Client;
  beforeEach(async () => {
    await User.objects.createUser("ada", "ada@example.com", "correct horse");
    client = new Client(app);
  });

  it("shows the form from registration/login.html, never cached, with next", async () => {
    const page = await client.get("/accounts/login/", { next: "/orders/" });
    expect(page.status).toBe(200);
    expect(page.content).toContain('name="username"');
    expect(page.content).toContain('value="/orders/"');
    expect(page.headers.get("cache-control")).toContain("no-store");
  });

  it("logs in and goes to a safe next, or LOGIN_REDIRECT_URL (a URL name), never off-site", async () => {
    const toNext = await client.post("/accounts/login/", { username: "ada", password: "correct horse", next: "/orders/" });
    expect(toNext.status).toBe(302);
    expect(toNext.headers.get("location")).toBe("/orders/");
    expect((await client.get("/")).content).toBe("home of ada");

    for (const next of ["", "https://evil.example/", "//evil.example/x", "javascript:alert(1)"]) {
      const fresh = new Client(app);
      const answer = await fresh.post("/accounts/login/", { username: "ada", password: "correct horse", next });
      expect(answer.headers.get("location"), next).toBe("/");
    }
  });

  it("refuses wrong credentials with Django's message, and logs nobody in", async () => {
    const page = await client.post("/accounts/login/", { username: "ada", password: "wrong" });
    expect(page.status).toBe(200);
    expect(page.content).toContain("Please enter a correct username and password.");
    expect((await client.get("/")).headers.get("location")).toBe("/accounts/login/?next=/");
  });

  it("sends a logged-in user on with redirectAuthenticatedUser, and shows the form otherwise", async () => {
    await client.post("/accounts/login/", { username: "ada", password: "correct horse" });
    expect((await client.get("/accounts/login-again/")).headers.get("location")).toBe("/elsewhere/");
    expect((await client.get("/accounts/login/")).status).toBe(200);
  });

  it("logs out on POST only, then shows logged_out.html or goes to nextPage or a safe next", async () => {
    await client.post("/accounts/login/", { username: "ada", password: "correct horse" });
    expect((await client.get("/accounts/logout/")).status).toBe(405);
    expect((await client.get("/")).content).toBe("home of ada");
    const out = await client.post("/accounts/logout/", {});
    expect(out.status).toBe(200);
    expect(out.content).toContain("Logged out");
    expect(out.headers.get("cache-control")).toContain("no-store");
    expect((await client.get("/")).status).toBe(302);

    await client.post("/accounts/login/", { username: "ada", password: "correct horse" });
    expect((await client.post("/accounts/logout-home/", {})).headers.get("location")).toBe("/");
    await client.post("/accounts/login/", { username: "ada", password: "correct horse" });
    expect((await client.post("/accounts/logout/", { next: "https://evil.example/" })).status).toBe(200);
    await client.post("/accounts/login/", { username: "ada", password: "correct horse" });
    expect((await client.post("/accounts/logout/", { next: "/bye/" })).headers.get("location")).toBe("/bye/");
  });
});
