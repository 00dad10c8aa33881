import { describe, expect, it } from "vitest";
import { App, HttpResponse, path, type HttpRequest } from "../index.ts";
import { matchesPattern, runTests } from "./runner.ts";

/**
 * Evaluates `body` as if it were the user's file "polls.ts" (as the sandbox evaluates app.ts),
 * so stack frames name it and the runner can tell its lines from the framework's.
 */
function userFile(app: App, body: string): void {
  const define = (0, eval)(`(function (app) {\n${body}\n})\n//# sourceURL=polls.ts`) as (app: App) => void;
  define(app);
}

function siteApp(): App {
  const app = new App({ DEBUG: true });
  app.urlpatterns = [
    path("", () => "Hello, world"),
    path("boom/", () => {
      throw new TypeError("the view broke");
    }),
    path("count/", (request: HttpRequest) => {
      const n = Number(request.COOKIES.n ?? 0) + 1;
      const response = new HttpResponse(String(n));
      response.setCookie("n", String(n));
      return response;
    }),
  ];
  return app;
}

describe("runTests", () => {
  it("reports passes, assertion failures and errors, with got/want and the user's line", async () => {
    const app = siteApp();
    userFile(
      app,
      [
        /* line 2 */ `app.test("greets", async ({ client, expect }) => {`,
        /* line 3 */ `  expect((await client.get("/")).content).toBe("Hello, world");`,
        /* line 4 */ `});`,
        /* line 5 */ `app.test("greets loudly", async ({ client, expect }) => {`,
        /* line 6 */ `  const response = await client.get("/");`,
        /* line 7 */ `  expect(response.content).toBe("HELLO, WORLD");`,
        /* line 8 */ `});`,
        /* line 9 */ `app.test("uses a missing helper", async () => {`,
        /* line 10 */ `  missingHelper();`,
        /* line 11 */ `});`,
      ].join("\n"),
    );
    const run = await runTests(app);
    expect([run.passed, run.failures, run.errors]).toEqual([1, 1, 1]);
    const [pass, fail, error] = run.results;
    expect(pass).toMatchObject({ name: "greets", outcome: "pass", declared: { file: "polls.ts", line: 2 } });
    expect(pass!.failure).toBeUndefined();
    expect(fail!.outcome).toBe("fail");
    expect(fail!.failure).toMatchObject({ message: "expect(got).toBe(want)", got: '"Hello, world"', want: '"HELLO, WORLD"', location: { file: "polls.ts", line: 7 } });
    expect(error!.outcome).toBe("error");
    expect(error!.failure!.message).toBe("ReferenceError: missingHelper is not defined");
    expect(error!.failure!.location).toMatchObject({ file: "polls.ts", line: 10 });
    expect(error!.failure!.got).toBeUndefined();
  });

  it("keeps a view's exception for the report instead of printing it, and restores logError", async () => {
    const app = siteApp();
    const logError = app.logError;
    app.test("the view works", async ({ client, expect }) => {
      expect(await client.get("/boom/")).toHaveStatus(200);
    });
    const [result] = (await runTests(app)).results;
    expect(result!.failure!.got).toBe("500 Internal Server Error");
    expect(result!.failure!.serverErrors).toEqual([{ message: "TypeError: the view broke", location: null }]);
    expect(app.logError).toBe(logError);
  });

  it("gives each test a fresh client, so cookies do not leak between tests", async () => {
    const app = siteApp();
    const seen: string[] = [];
    for (const name of ["first", "second"]) {
      app.test(name, async ({ client }) => {
        seen.push((await client.get("/count/")).content, (await client.get("/count/")).content);
      });
    }
    await runTests(app);
    expect(seen).toEqual(["1", "2", "1", "2"]);
  });

  it("runs set-ups in order and their tear-downs in reverse, even when the test fails", async () => {
    const app = siteApp();
    const events: string[] = [];
    app.test("fails", ({ expect }) => {
      events.push("test");
      expect(1).toBe(2);
    });
    const run = await runTests(app, {
      setup: [
        () => (events.push("setup a"), () => void events.push("teardown a")),
        async () => (events.push("setup b"), async () => void events.push("teardown b")),
      ],
    });
    expect(events).toEqual(["setup a", "setup b", "test", "teardown b", "teardown a"]);
    expect(run.failures).toBe(1);
  });

  it("a set-up that throws is the test's error; a tear-down that throws fails a passing test", async () => {
    const app = siteApp();
    let ran = false;
    app.test("never runs", () => void (ran = true));
    const broken = await runTests(app, { setup: [() => { throw new Error("no database"); }] });
    expect(ran).toBe(false);
    expect(broken.results[0]!.failure!.message).toBe("Error: no database");
    const teardown = await runTests(app, { setup: [() => () => { throw new Error("could not drop"); }] });
    expect(teardown.results[0]!.outcome).toBe("error");
  });

  it("fails a test that never finishes, and goes on with the next", async () => {
    const app = siteApp();
    app.test("hangs", () => new Promise<void>(() => {}));
    app.test("after", () => {});
    const run = await runTests(app, { timeout: 50 });
    expect(run.results.map((r) => r.outcome)).toEqual(["error", "pass"]);
    expect(run.results[0]!.failure!.message).toMatch(/^TestTimeout: The test "hangs" did not finish within 0.05 s/);
  });

  it("selects tests by -k patterns and reports each result as it finishes", async () => {
    const app = siteApp();
    for (const name of ["login redirects", "logout", "home page"]) app.test(name, () => {});
    const seen: string[] = [];
    const run = await runTests(app, { patterns: ["logo*", "home"], onResult: (r) => seen.push(r.name) });
    expect(seen).toEqual(["logout", "home page"]);
    expect(run.results).toHaveLength(2);
  });

  it("runs a given list of tests instead of the app's", async () => {
    const app = siteApp();
    app.test("own", () => {});
    const other = new App({ DEBUG: true });
    other.test("borrowed", () => {});
    expect((await runTests(app, {}, other.tests)).results.map((r) => r.name)).toEqual(["borrowed"]);
  });
});

describe("app.test", () => {
  it("only stores the test: the app answers as before, and tests are listed in order", async () => {
    const app = siteApp();
    app.test("a", () => {});
    app.test("b", () => {});
    expect(app.tests.map((t) => t.name)).toEqual(["a", "b"]);
    expect(await (await app.fetch(new Request("http://localhost/"))).text()).toBe("Hello, world");
  });

  it("refuses a missing name, a missing function and a duplicate name", () => {
    const app = new App({ DEBUG: true });
    app.test("x", () => {});
    expect(() => app.test("", () => {})).toThrow("A test needs a name");
    expect(() => app.test("y", undefined as never)).toThrow('The test "y" needs a function');
    expect(() => app.test("x", () => {})).toThrow('There is already a test named "x"');
  });
});

describe("matchesPattern", () => {
  it("matches substrings case-sensitively, and * patterns against the whole name", () => {
    expect(matchesPattern("login redirects home", "redirect")).toBe(true);
    expect(matchesPattern("login redirects home", "Login")).toBe(false);
    expect(matchesPattern("login redirects home", "login*home")).toBe(true);
    expect(matchesPattern("login redirects home", "login*")).toBe(true);
    expect(matchesPattern("login redirects home", "redirects*")).toBe(false);
    expect(matchesPattern("a.b (c)", "a.b (*)")).toBe(true);
  });
});
