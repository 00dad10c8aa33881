import { describe, expect, it } from "vitest";
import { App } from "../app.ts";
import { csrfExempt, isCsrfExempt } from "../csrf/exempt.ts";
import type { HttpRequest } from "../http/request.ts";
import { DEFAULT_MIDDLEWARE, type Middleware } from "../middleware/index.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import { loginRequired, permissionRequired, redirectToLogin, resolveUrl, userPassesTest } from "./decorators.ts";
import { AnonymousUser, type AuthUser } from "./user-like.ts";

/** A logged-in user with the given permissions, for the decorators (the real User comes with the models). */
function member(perms: string[], extra: Partial<AuthUser> = {}): AuthUser {
  const set = new Set(perms);
  return Object.assign(new AnonymousUser(), {
    isAuthenticated: true,
    isAnonymous: false,
    isActive: true,
    username: "ada",
    pk: 1,
    hasPerm: async (p: string) => set.has(p),
    hasPerms: async (ps: Iterable<string>) => [...ps].every((p) => set.has(p)),
    ...extra,
  }) as AuthUser;
}

/** Sets request.user from the X-Test-User header: absent → anonymous, else a member with those perms. */
const testUser: Middleware = (getResponse) => (request) => {
  const header = request.headers.get("x-test-user");
  request.user = header === null ? new AnonymousUser() : member(header.split(",").filter(Boolean), { isStaff: header.includes("staff") });
  return getResponse(request);
};

function appWith(settings: ConstructorParameters<typeof App>[0] = {}, middleware: Middleware[] = [...DEFAULT_MIDDLEWARE, testUser]) {
  const app = new App({ DEBUG: true, MIDDLEWARE: middleware, ...settings });
  const secret = (request: HttpRequest) => `secret for ${request.user.username}`;
  app.urlpatterns = [
    path("accounts/login/", () => "login page", { name: "login" }),
    path("secret/", loginRequired(secret), { name: "secret" }),
    path("custom/", loginRequired(secret, { loginUrl: "login", redirectFieldName: "back" })),
    path("staff/", userPassesTest((user) => user.isStaff)(secret)),
    path("add/", permissionRequired("polls.add_question")(secret)),
    path("add-or-403/", permissionRequired(["polls.add_question", "polls.change_question"], { raiseException: true })(secret)),
    path("elsewhere/", loginRequired(secret, { loginUrl: "https://login.example.com/sso/" })),
  ];
  return app;
}

describe("loginRequired", () => {
  it("sends an anonymous user to LOGIN_URL with next, and lets a logged-in one through", async () => {
    const client = new Client(appWith());
    const anonymous = await client.get("/secret/?x=1&y=a b");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/accounts/login/?next=/secret/%3Fx%3D1%26y%3Da%2520b");
    const member = await client.get("/secret/", undefined, { headers: { "X-Test-User": "" } });
    expect(member.content).toBe("secret for ada");
  });

  it("takes a URL name and another field name, and keeps the mount prefix", async () => {
    const app = appWith({ SCRIPT_NAME: "/preview/p1" });
    const response = await new Client(app).get("/preview/p1/custom/");
    expect(response.headers.get("location")).toBe("/preview/p1/accounts/login/?back=/preview/p1/custom/");
  });

  it("sends the absolute URL as next when the login page is on another host", async () => {
    const response = await new Client(appWith()).get("/elsewhere/");
    expect(response.headers.get("location")).toBe("https://login.example.com/sso/?next=http%3A//testserver/elsewhere/");
  });

  it("keeps the view's name and its CSRF exemption", () => {
    function hook() {
      return "ok";
    }
    const wrapped = loginRequired(csrfExempt(hook));
    expect(wrapped.name).toBe("hook");
    expect(isCsrfExempt(wrapped)).toBe(true);
    expect(isCsrfExempt(loginRequired(hook))).toBe(false);
  });

  it("says what is missing when no middleware set request.user", async () => {
    const app = appWith({}, DEFAULT_MIDDLEWARE.filter((m) => m.name !== "AuthenticationMiddleware"));
    app.logError = () => {};
    const response = await new Client(app).get("/secret/");
    expect(response.status).toBe(500);
    expect(response.content).toContain("AuthenticationMiddleware");
  });
});

describe("userPassesTest and permissionRequired", () => {
  it("runs the test on request.user", async () => {
    const client = new Client(appWith());
    expect((await client.get("/staff/", undefined, { headers: { "X-Test-User": "x" } })).status).toBe(302);
    expect((await client.get("/staff/", undefined, { headers: { "X-Test-User": "staff" } })).status).toBe(200);
  });

  it("redirects a user without the permission, or answers 403 with raiseException", async () => {
    const client = new Client(appWith());
    expect((await client.get("/add/", undefined, { headers: { "X-Test-User": "polls.change_question" } })).status).toBe(302);
    expect((await client.get("/add/", undefined, { headers: { "X-Test-User": "polls.add_question" } })).status).toBe(200);
    expect((await client.get("/add-or-403/", undefined, { headers: { "X-Test-User": "polls.add_question" } })).status).toBe(403);
    expect((await client.get("/add-or-403/", undefined, { headers: { "X-Test-User": "polls.add_question,polls.change_question" } })).status).toBe(200);
    expect((await client.get("/add-or-403/")).status).toBe(403);
  });
});

describe("resolveUrl and redirectToLogin", () => {
  it("reverses names, keeps URLs, and explains a name that does not reverse", () => {
    const app = appWith();
    expect(resolveUrl(app, "login")).toBe("/accounts/login/");
    expect(resolveUrl(app, "/x/")).toBe("/x/");
    expect(resolveUrl(app, "other.html")).toBe("other.html");
    expect(() => resolveUrl(app, "nope")).toThrow('"nope" is neither a URL nor the name of a URL pattern');
    expect(redirectToLogin(app, "/a/?b=c").headers.get("location")).toBe("/accounts/login/?next=/a/%3Fb%3Dc");
    expect(redirectToLogin(app, "/a/", "/login/?lang=fr&next=/old/#top").headers.get("location")).toBe("/login/?lang=fr&next=/a/#top");
    expect(redirectToLogin(app, "/a b/(x)").headers.get("location")).toBe("/accounts/login/?next=/a%20b/%28x%29");
    expect(redirectToLogin(app, "/a/", undefined, "").headers.get("location")).toBe("/accounts/login/");
  });
});
