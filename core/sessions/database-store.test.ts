import { describe, expect, it } from "vitest";
import { testDatabases, useFreshDatabase } from "../../cli/db/testing/databases.ts";
import { App } from "../app.ts";
import { authenticate, login, logout } from "../auth/login.ts";
import { PBKDF2PasswordHasher } from "../auth/pbkdf2.ts";
import type { HttpRequest } from "../http/request.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";

const app = new App({ DEBUG: true, SESSION_ENGINE: "db", PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 10 })] });
const { User } = app.auth;
app.urlpatterns = [
  path("login/", async (request: HttpRequest) => {
    const user = await authenticate(request, { username: "ada", password: "pw" });
    await login(request, user!);
    return "in";
  }),
  path("me/", (request: HttpRequest) => (request.user.isAuthenticated ? request.user.username : "anonymous")),
  path("logout/", async (request: HttpRequest) => {
    await logout(request);
    return "out";
  }),
  path("count/", (request: HttpRequest) => String(request.session.get<number>("n", 0))),
];

describe.each(await testDatabases())('SESSION_ENGINE "db" on $name', (database) => {
  useFreshDatabase(app, database);

  it("keeps sessions in django_session; after logout the old cookie opens nothing", async () => {
    await User.objects.createUser("ada", "", "pw");
    const client = new Client(app);
    await client.post("/login/");
    const cookie = client.cookies.get("sessionid")!;
    expect(cookie).toMatch(/^[a-z0-9]{32}$/);
    const rows = await app.db.query("SELECT session_key, session_data FROM django_session");
    expect(rows.rows).toHaveLength(1);
    expect(String(rows.rows[0]![1])).toContain("_auth_user_id");
    expect((await client.get("/me/")).content).toBe("ada");
    // Another device holding a copy of the cookie:
    const thief = new Client(app);
    thief.cookies.set("sessionid", cookie);
    expect((await thief.get("/me/")).content).toBe("ada");
    await client.post("/logout/");
    expect(Number((await app.db.query("SELECT count(*) FROM django_session")).rows[0]![0])).toBe(0);
    expect((await thief.get("/me/")).content).toBe("anonymous");
  });

  it("refuses made-up keys (an injection attempt included)", async () => {
    const client = new Client(app);
    client.cookies.set("sessionid", "x' OR 1=1 --");
    expect((await client.get("/count/")).content).toBe("0");
  });

  it("refuses an expired session (the row's expire_date, compared by the database)", async () => {
    await User.objects.createUser("ada", "", "pw");
    const client = new Client(app);
    await client.post("/login/");
    expect((await client.get("/me/")).content).toBe("ada");
    const Session = app.db.models.get("sessions.session")! as unknown as { objects: { all(): { update(v: object): Promise<number> } } };
    expect(await Session.objects.all().update({ expireDate: new Date(Date.now() - 1000) })).toBe(1);
    expect((await client.get("/me/")).content).toBe("anonymous");
  });
});
