import { describe, expect, it } from "vitest";
import { App, Client, HttpResponse, ImproperlyConfigured, MemorySessionStore, path, type HttpRequest, type SessionStore } from "../index.ts";
import { base64url, signTimestamped } from "./signing.ts";

/** An app whose views read and change the session. */
function sessionApp(settings = {}) {
  const app = new App({ DEBUG: true, SECRET_KEY: "test-secret-key", ...settings });
  app.logError = () => {}; // The crash tests expect 500s; keep the test output quiet.
  app.urlpatterns = [
    path("set/<str:key>/<str:value>/", (request: HttpRequest, { key, value }: { key: string; value: string }) => {
      request.session.set(key, value);
      return "ok";
    }),
    path("get/<str:key>/", (request: HttpRequest, { key }: { key: string }) => String(request.session.get(key, "(none)"))),
    path("count/", (request: HttpRequest) => {
      const n = request.session.get<number>("n", 0) + 1;
      request.session.set("n", n);
      return String(n);
    }),
    path("delete/<str:key>/", (request: HttpRequest, { key }: { key: string }) => String(request.session.delete(key))),
    path("flush/", (request: HttpRequest) => {
      request.session.flush();
      return "flushed";
    }),
    path("cycle/", (request: HttpRequest) => {
      request.session.cycleKey();
      return "cycled";
    }),
    path("plain/", () => "plain"),
    path("crash/", (request: HttpRequest) => {
      request.session.set("half", "done");
      throw new Error("boom");
    }),
    path("dump/", (request: HttpRequest) => JSON.stringify({ keys: request.session.keys(), has: request.session.has("a"), empty: request.session.isEmpty })),
  ];
  return app;
}

describe("sessions", () => {
  it("keeps values across requests in a signed cookie", async () => {
    const client = new Client(sessionApp());
    expect((await client.get("/count/")).content).toBe("1");
    expect((await client.get("/count/")).content).toBe("2");
    const third = await client.get("/count/");
    expect(third.content).toBe("3");
    expect(third.headers.get("vary")).toBe("Cookie");
    expect(third.headers.get("set-cookie")).toMatch(/^sessionid=[A-Za-z0-9_-]+\.[0-9a-z]+\.[A-Za-z0-9_-]+; Max-Age=1209600; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    await client.get("/set/a/b/");
    expect(JSON.parse((await client.get("/dump/")).content)).toEqual({ keys: ["n", "a"], has: true, empty: false });
  });

  it("sends no cookie when the session is unchanged, and no Vary when it is unread", async () => {
    const client = new Client(sessionApp());
    await client.get("/set/a/1/");
    const read = await client.get("/get/a/");
    expect(read.content).toBe("1");
    expect(read.headers.get("set-cookie")).toBeNull();
    expect(read.headers.get("vary")).toBe("Cookie");
    const plain = await client.get("/plain/");
    expect(plain.headers.get("set-cookie")).toBeNull();
    expect(plain.headers.get("vary")).toBeNull();
  });

  it("gives an empty session for a tampered cookie, and deletes it, without an error", async () => {
    const client = new Client(sessionApp());
    await client.get("/set/user/ada/");
    const cookie = client.cookies.get("sessionid")!;
    const [payload, time, signature] = cookie.split(".");
    const forged = base64url(new TextEncoder().encode(JSON.stringify({ user: "admin" })));
    for (const bad of [`${forged}.${time}.${signature}`, `${payload}.${time}.${signature!.slice(0, -2)}AA`, "garbage", "a.b.c", "...", `${payload}.zzzzzzzzzzzzz.${signature}`]) {
      client.cookies.set("sessionid", bad);
      const response = await client.get("/get/user/");
      expect(response.status, bad).toBe(200);
      expect(response.content, bad).toBe("(none)");
      expect(response.headers.get("set-cookie"), bad).toMatch(/^sessionid=; Max-Age=0;/);
    }
  });

  it("refuses a cookie signed with another SECRET_KEY", async () => {
    const client = new Client(sessionApp());
    await client.get("/set/user/ada/");
    const other = new Client(sessionApp({ SECRET_KEY: "another-key" }));
    other.cookies.set("sessionid", client.cookies.get("sessionid")!);
    expect((await other.get("/get/user/")).content).toBe("(none)");
  });

  it("gives an empty session for an expired cookie", async () => {
    const app = sessionApp({ SESSION_COOKIE_AGE: 60 });
    const client = new Client(app);
    const payload = base64url(new TextEncoder().encode(JSON.stringify({ user: "ada" })));
    const salt = "onefile.sessions.SignedCookieSessionStore";
    client.cookies.set("sessionid", await signTimestamped("test-secret-key", salt, payload, Date.now() - 30_000));
    expect((await client.get("/get/user/")).content).toBe("ada");
    client.cookies.set("sessionid", await signTimestamped("test-secret-key", salt, payload, Date.now() - 61_000));
    expect((await client.get("/get/user/")).content).toBe("(none)");
  });

  it("flush() empties the session and deletes the cookie; delete() and clear()", async () => {
    const client = new Client(sessionApp());
    await client.get("/set/a/1/");
    expect((await client.get("/delete/a/")).content).toBe("true");
    expect((await client.get("/delete/a/")).content).toBe("false");
    expect(client.cookies.has("sessionid")).toBe(false); // empty session → cookie deleted
    await client.get("/set/a/1/");
    const flushed = await client.get("/flush/");
    expect(flushed.headers.get("set-cookie")).toMatch(/^sessionid=; Max-Age=0/);
    expect(client.cookies.has("sessionid")).toBe(false);
    expect((await client.get("/get/a/")).content).toBe("(none)");
  });

  it("cycleKey() keeps the data under a new key and retires the old one (memory store)", async () => {
    const store = new MemorySessionStore();
    const client = new Client(sessionApp({ SESSION_ENGINE: store }));
    await client.get("/set/user/ada/");
    const before = client.cookies.get("sessionid")!;
    expect(before).toMatch(/^[a-zA-Z0-9]{32}$/);
    expect(store.size).toBe(1);
    await client.get("/cycle/");
    const after = client.cookies.get("sessionid")!;
    expect(after).not.toBe(before);
    expect(store.size).toBe(1);
    expect((await client.get("/get/user/")).content).toBe("ada");
    // The old key no longer opens the session: a key fixed before login is useless after it.
    const attacker = new Client(client.app);
    attacker.cookies.set("sessionid", before);
    expect((await attacker.get("/get/user/")).content).toBe("(none)");
  });

  it("cycleKey() re-sends the signed cookie with the data kept", async () => {
    const client = new Client(sessionApp());
    await client.get("/set/user/ada/");
    const cycled = await client.get("/cycle/");
    expect(cycled.headers.get("set-cookie")).toMatch(/^sessionid=/);
    expect((await client.get("/get/user/")).content).toBe("ada");
  });

  it("SESSION_ENGINE 'memory' keeps one store per app", async () => {
    const a = new Client(sessionApp({ SESSION_ENGINE: "memory" }));
    const b = new Client(sessionApp({ SESSION_ENGINE: "memory" }));
    await a.get("/set/x/1/");
    b.cookies.set("sessionid", a.cookies.get("sessionid")!);
    expect((await a.get("/get/x/")).content).toBe("1");
    expect((await b.get("/get/x/")).content).toBe("(none)");
    // configure() (as the sandbox does for SCRIPT_NAME) keeps the sessions.
    a.app.configure({ SCRIPT_NAME: "/preview/p1" });
    expect((await a.get("/preview/p1/get/x/")).content).toBe("1");
  });

  it("takes any SessionStore, and rejects something that is not one", async () => {
    const rows = new Map<string, string>();
    const store: SessionStore = {
      async load(key) {
        const row = rows.get(key);
        return row ? JSON.parse(row) : null;
      },
      async save(key, data) {
        key ??= `k${rows.size + 1}`;
        rows.set(key, JSON.stringify(data));
        return key;
      },
      async delete(key) {
        rows.delete(key);
      },
    };
    const client = new Client(sessionApp({ SESSION_ENGINE: store }));
    await client.get("/set/a/1/");
    expect(client.cookies.get("sessionid")).toBe("k1");
    expect(rows.get("k1")).toBe('{"a":"1"}');
    expect(() => sessionApp({ SESSION_ENGINE: "database" })).toThrow(/SESSION_ENGINE must be "signed_cookies", "memory", "db" or an object with load\(\), save\(\) and delete\(\)/);
  });

  it("does not save a session when the view crashes", async () => {
    const client = new Client(sessionApp());
    const response = await client.get("/crash/");
    expect(response.status).toBe(500);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("uses a random key per app with DEBUG and no SECRET_KEY, and asks for one without DEBUG", async () => {
    const dev = new App({ DEBUG: true });
    expect(dev.secretKey).toMatch(/^[a-zA-Z0-9]{50}$/);
    expect(dev.secretKey).toBe(dev.secretKey);
    expect(new App({ DEBUG: true }).secretKey).not.toBe(dev.secretKey);
    const prod = sessionApp({ DEBUG: false, SECRET_KEY: "", ALLOWED_HOSTS: ["testserver"] });
    expect(() => prod.secretKey).toThrow(ImproperlyConfigured);
    const client = new Client(prod);
    expect((await client.get("/plain/")).status).toBe(200); // apps that never sign need no key
    expect((await client.get("/set/a/1/")).status).toBe(500);
  });

  it("names a value JSON cannot hold, and a session too big for a cookie", async () => {
    const app = sessionApp();
    app.route("big/", (request: HttpRequest) => {
      request.session.set("blob", "x".repeat(5000));
      return "big";
    });
    app.route("bigint/", (request: HttpRequest) => {
      request.session.set("n", 10n);
      return "n";
    });
    const errors: unknown[] = [];
    app.logError = (error) => errors.push(error);
    const client = new Client(app);
    expect((await client.get("/big/")).status).toBe(500);
    expect(String(errors[0])).toMatch(/The session is too large for a signed cookie/);
    expect((await client.get("/bigint/")).status).toBe(500);
    expect(String(errors[1])).toMatch(/values must be JSON-serialisable/);
  });

  it("validates the session and CSRF settings", () => {
    expect(() => sessionApp({ SESSION_COOKIE_AGE: -1 })).toThrow(/SESSION_COOKIE_AGE must be a number of seconds/);
    expect(() => sessionApp({ SESSION_COOKIE_NAME: "a b" })).toThrow(/SESSION_COOKIE_NAME must be a cookie name/);
    expect(() => sessionApp({ CSRF_TRUSTED_ORIGINS: ["example.com"] })).toThrow(/CSRF_TRUSTED_ORIGINS must be an array of origins with a scheme/);
    expect(() => sessionApp({ CSRF_COOKIE_SAMESITE: "lax" })).toThrow(/CSRF_COOKIE_SAMESITE/);
    const app = sessionApp();
    expect(app.settings.SESSION_COOKIE_NAME).toBe("sessionid");
    expect(app.settings.CSRF_HEADER_NAME).toBe("X-CSRFToken");
  });

  it("works over app.fetch with the cookie a browser sends back", async () => {
    const app = sessionApp();
    const first = await app.fetch(new Request("http://localhost/count/"));
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    const second = await app.fetch(new Request("http://localhost/count/", { headers: { Cookie: cookie } }));
    expect(await second.text()).toBe("2");
  });

  it("does not need the session middleware to build a response", async () => {
    const app = new App({ DEBUG: true, MIDDLEWARE: [] });
    app.route("", () => new HttpResponse("bare"));
    expect(await (await app.fetch(new Request("http://localhost/"))).text()).toBe("bare");
  });
});

describe("MemorySessionStore is bounded", () => {
  const context = (maxAge: number) => ({ app: null as never, maxAge });

  it("drops the sessions written longest ago past maxSessions, keeping the recently saved", async () => {
    const store = new MemorySessionStore({ maxSessions: 100 });
    const first = await store.save(null, { n: 0 }, context(3600));
    const keys = [first];
    for (let i = 1; i < 250; i++) keys.push(await store.save(null, { n: i }, context(3600)));
    // Re-saving the first session makes it recent again.
    await store.save(first, { n: 0, again: true }, context(3600));
    await store.save(null, { n: 250 }, context(3600));
    expect(store.size).toBeLessThanOrEqual(100);
    expect(await store.load(first)).toEqual({ n: 0, again: true });
    expect(await store.load(keys[1]!)).toBeNull();
    expect(await store.load(keys[249]!)).toEqual({ n: 249 });
  });

  it("sweeps expired sessions that nobody reads again", async () => {
    const store = new MemorySessionStore();
    for (let i = 0; i < 500; i++) await store.save(null, { i }, context(-1));
    for (let i = 0; i < 500; i++) await store.save(null, { i }, context(3600));
    expect(store.size).toBe(500);
  });
});
