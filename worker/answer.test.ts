import { describe, expect, it } from "vitest";
import { buildRuntime, type LoadFailure, type ProjectRuntime } from "./runtime.ts";
import { answer } from "./answer.ts";
import type { JarState } from "./cookies.ts";
import type { Build, LogEntry } from "./protocol.ts";
import { compile } from "../app/compile.ts";

/** What the page hands the runner: the source compiled by app/compile.ts. */
function build(id: string, source: string): Build {
  const compiled = compile(source);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return { id, version: 1, source, code: compiled.code, imports: compiled.imports, columns: compiled.columns };
}

const SOURCE = `import { App, path, redirect, csrfExempt, HttpResponse, type HttpRequest } from "onefile";
const app = new App({ DEBUG: true });
function index(request: HttpRequest) {
  console.log("index at", request.pathInfo);
  return new HttpResponse(\`<h1>\${request.path}|\${request.pathInfo}|\${app.reverse("index")}</h1>\`);
}
function setCookie() {
  const response = new HttpResponse("set");
  response.setCookie("flavour", "ginger");
  return response;
}
app.urlpatterns = [
  path("", index, { name: "index" }),
  path("set/", setCookie, { name: "set" }),
  path("get/", (request: HttpRequest) => \`cookie=\${request.COOKIES["flavour"] ?? "none"}\`, { name: "get" }),
  path("go/", () => redirect("/elsewhere/"), { name: "go" }),
  path("echo/", csrfExempt(async (request: HttpRequest) => \`posted \${request.POST.get("x")}\`), { name: "echo" }),
  path("bytes/", () => new HttpResponse(new Uint8Array([0, 1, 2, 255]), { contentType: "application/octet-stream" })),
  path("spin/", () => { while (true) {} }),
];
export default app;
`;

async function runtime(source = SOURCE, log: LogEntry[] = []): Promise<ProjectRuntime> {
  const built = await buildRuntime(build("p1", source), (entry) => log.push(entry), { hostname: "p1.localhost" });
  if (!("app" in built)) throw new Error(built.error.message);
  return built;
}

const url = (path: string) => `http://p1.localhost:4173${path}`;

describe("SECRET_KEY in the sandbox", () => {
  it("gives a project without one the key its provider keeps, and leaves a project's own key alone", async () => {
    const asked: string[] = [];
    const keep = async (id: string) => (asked.push(id), "kept-key-for-" + id);
    const without = await buildRuntime(build("p9", SOURCE), () => {}, { secretKeyFor: keep });
    expect("app" in without && without.app.settings.SECRET_KEY).toBe("kept-key-for-p9");
    const own = SOURCE.replace("new App({ DEBUG: true })", 'new App({ DEBUG: true, SECRET_KEY: "mine" })');
    const withOwn = await buildRuntime(build("p9", own), () => {}, { secretKeyFor: keep });
    expect("app" in withOwn && withOwn.app.settings.SECRET_KEY).toBe("mine");
    expect(asked).toEqual(["p9"]);
  });
});

describe("ALLOWED_HOSTS in the sandbox", () => {
  const production = SOURCE.replace("new App({ DEBUG: true })", 'new App({ DEBUG: false, SECRET_KEY: "k", ALLOWED_HOSTS: ["example.com"] })');

  it("serves a project written for another host from the sandbox's own host", async () => {
    const built = await buildRuntime(build("p1", production), () => {}, { hostname: "sandbox.test" });
    if (!("app" in built)) throw new Error(built.error.message);
    expect(built.app.settings.ALLOWED_HOSTS).toEqual(["example.com", "sandbox.test"]);
    const { status } = await answer(built, new Request("https://sandbox.test/"), {});
    expect(status).toBe(200);
  });

  it("still refuses hosts that are neither the project's nor the sandbox's", async () => {
    const built = await buildRuntime(build("p1", production), () => {}, { hostname: "sandbox.test" });
    if (!("app" in built)) throw new Error(built.error.message);
    const { status } = await answer(built, new Request("https://elsewhere.test/"), {});
    expect(status).toBe(400);
  });
});

describe("the runner's request path", () => {
  it("serves the app at the root of its own origin, as on Node, and forwards console output", async () => {
    const log: LogEntry[] = [];
    const rt = await runtime(SOURCE, log);
    const { response, status } = await answer(rt, new Request(url("/")), {});
    expect(status).toBe(200);
    expect(await response.text()).toBe("<h1>/|/|/</h1>");
    expect(log).toContainEqual({ kind: "console", level: "log", text: "index at /" });
  });

  it("keeps cookies in the jar and sends them back", async () => {
    const rt = await runtime();
    const jar: JarState = {};
    const set = await answer(rt, new Request(url("/set/")), jar);
    expect(set.jarChanged).toBe(true);
    expect(set.response.headers.get("set-cookie")).toBeNull();
    const got = await answer(rt, new Request(url("/get/")), jar);
    expect(await got.response.text()).toBe("cookie=ginger");
  });

  it("passes redirects on as the app made them", async () => {
    const rt = await runtime();
    const { response } = await answer(rt, new Request(url("/go/")), {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/elsewhere/");
  });

  it("gives the app the browser's referrer, which a constructed request cannot carry", async () => {
    const log: LogEntry[] = [];
    const seen = await runtime(SOURCE.replace('console.log("index at", request.pathInfo);', 'console.log("from", request.headers.get("referer"));'), log);
    await answer(seen, new Request(url("/")), {}, "http://p1.localhost:4173/about/");
    expect(log).toContainEqual({ kind: "console", level: "log", text: "from http://p1.localhost:4173/about/" });
  });

  it("passes POST bodies and binary responses through", async () => {
    const rt = await runtime();
    const post = await answer(rt, new Request(url("/echo/"), { method: "POST", body: new URLSearchParams({ x: "42" }) }), {});
    expect(await post.response.text()).toBe("posted 42");
    const bytes = await answer(rt, new Request(url("/bytes/")), {});
    expect([...new Uint8Array(await bytes.response.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it("turns an endless loop into a 500 and reports it as hung", async () => {
    const rt = await runtime();
    const result = await answer(rt, new Request(url("/spin/")), {});
    expect(result.status).toBe(500);
    expect(result.hung).toBe(true);
    expect(await result.response.text()).toContain("LoopGuardError");
    const next = await answer(rt, new Request(url("/")), {});
    expect(next.hung).toBe(false);
  });

  it("refuses an import onefile does not export before running anything, as Node does", async () => {
    const log: LogEntry[] = [];
    const source = 'import { App, Nope } from "onefile";\nconsole.log("ran");\nconsole.log(Nope);\nexport default new App({});\n';
    const failed = (await buildRuntime(build("p1", source), (entry) => log.push(entry))) as LoadFailure;
    expect(failed.error).toEqual({ message: "SyntaxError: The requested module 'onefile' does not provide an export named 'Nope'", line: 1, column: 15 });
    expect(log).toEqual([]);
  });

  it("reports load errors with the user's line", async () => {
    const loadError = (await buildRuntime(build("p1", "const a = 1;\n\nthrow new Error('nope');\n"), () => {})) as LoadFailure;
    expect(loadError).toMatchObject({ phase: "load", error: { message: "Error: nope", line: 3 } });
    const noApp = (await buildRuntime(build("p1", "export default 42;\n"), () => {})) as LoadFailure;
    expect(noApp.error.message).toMatch(/export default app/);
  });
});
