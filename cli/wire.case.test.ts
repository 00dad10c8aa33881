/**
 * The wire contract every host keeps (core/http/wire.ts): `app.fetch`, the test `Client`, the
 * Node host over a real socket and the sandbox's service-worker answer send the same status,
 * body and headers for the same view. Before the wire module, a view returning 205 made
 * `app.fetch` throw while Node sent it, and the `Location` prefix was added in two places.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App, Client, HttpResponse, HttpResponseNotModified, path, redirect, StreamingHttpResponse } from "../core/index.ts";
import { buildRuntime, type ProjectRuntime } from "../worker/runtime.ts";
import { answer } from "../worker/answer.ts";
import { compile } from "../app/compile.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { get, listen } from "./testing/helpers.ts";

/**
 * The views and routes under test, as plain JavaScript: the worker evaluates it inside a project
 * file, the other hosts through `new Function` with the same names in scope.
 */
const ROUTES = `
const routes = [
  path("reset/", () => new HttpResponse("", { status: 205 })),
  path("reset-with-body/", () => new HttpResponse("dropped", { status: 205 })),
  path("no-content/", () => new HttpResponse("dropped", { status: 204 })),
  path("not-modified/", () => new HttpResponseNotModified()),
  path("text/", () => new HttpResponse("body", { contentType: "text/plain" }), { name: "text" }),
  path("cookies/", () => { const r = new HttpResponse("c"); r.setCookie("a", "1"); r.setCookie("b", "2"); return r; }),
  path("go/", () => redirect("/elsewhere/")),
  path("named/", () => redirect("text")),
  path("stream/", () => new StreamingHttpResponse(["x", "y"], { contentType: "text/plain" })),
  path("informational/", () => new HttpResponse("", { status: 103 })),
];
`;
const STATIC = { "site.css": "body{color:red}" };
const NAMES = ["path", "redirect", "HttpResponse", "HttpResponseNotModified", "StreamingHttpResponse"] as const;

/** What every host must agree on for one request. */
interface Seen {
  status: number;
  body: string;
  contentLength: string | null;
  setCookies: string[];
  location: string | null;
}

type Host = { name: string; prefix: string; send: (method: string, path: string) => Promise<Seen> };

function makeApp(scriptName: string): App {
  const routes = new Function(...NAMES, `${ROUTES}; return routes;`)(path, redirect, HttpResponse, HttpResponseNotModified, StreamingHttpResponse);
  const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["*"], SCRIPT_NAME: scriptName, STATIC });
  app.urlpatterns = routes;
  app.logError = () => {};
  return app;
}

async function fromWeb(response: Response, cookies?: string[]): Promise<Seen> {
  return {
    status: response.status,
    body: await response.text(),
    contentLength: response.headers.get("content-length"),
    setCookies: cookies ?? response.headers.getSetCookie(),
    location: response.headers.get("location"),
  };
}

const MOUNT = "/mount";
let node: NodeServer;
let port: number;
let worker: ProjectRuntime;

const hosts: Host[] = [
  {
    name: "app.fetch",
    prefix: MOUNT,
    send: async (method, p) => fromWeb(await makeApp(MOUNT).fetch(new Request(`http://localhost${MOUNT}${p}`, { method }))),
  },
  {
    name: "test Client",
    prefix: MOUNT,
    send: async (method, p) => {
      const r = await new Client(makeApp(MOUNT)).request(method, `${MOUNT}${p}`, undefined);
      return { status: r.status, body: r.content, contentLength: r.headers.get("content-length"), setCookies: r.headers.getSetCookie(), location: r.url };
    },
  },
  {
    name: "Node host",
    prefix: MOUNT,
    send: async (method, p) => {
      const r = await get(port, `${MOUNT}${p}`, { method });
      const setCookie = r.headers["set-cookie"] ?? [];
      return { status: r.status, body: r.body, contentLength: (r.headers["content-length"] as string | undefined) ?? null, setCookies: setCookie, location: r.headers.location ?? null };
    },
  },
  {
    name: "service worker",
    // Each project has its own origin, so the app is at "/" there: no mount prefix.
    prefix: "",
    send: async (method, p) => {
      const jar = {};
      const { response } = await answer(worker, new Request(`http://w1.localhost${p}`, { method }), jar);
      // The jar takes the cookies: what it holds is what the browser would have been sent.
      const seen = await fromWeb(response, Object.entries(jar).map(([name, c]) => `${name}=${(c as { value: string }).value}`));
      return seen;
    },
  },
];

beforeAll(async () => {
  node = createNodeServer(makeApp(MOUNT), {});
  port = await listen(node.server);
  const source = `import { App, ${NAMES.join(", ")} } from "onefile";
${ROUTES}
const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["*"], STATIC: ${JSON.stringify(STATIC)} });
app.logError = () => {};
app.urlpatterns = routes;
export default app;`;
  const compiled = compile(source);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const built = await buildRuntime({ id: "w1", version: 1, source, code: compiled.code }, () => {});
  if (!("app" in built)) throw new Error(built.error.message);
  worker = built;
});
afterAll(() => node.close(0));

describe.each(hosts)("the wire on $name", (host) => {
  it("sends 205 Reset Content with no body and Content-Length 0", async () => {
    for (const p of ["/reset/", "/reset-with-body/"]) {
      const seen = await host.send("GET", p);
      expect(seen).toMatchObject({ status: 205, body: "", contentLength: "0" });
    }
  });

  it("sends 204 and 304 with no body and no Content-Length", async () => {
    expect(await host.send("GET", "/no-content/")).toMatchObject({ status: 204, body: "", contentLength: null });
    expect(await host.send("GET", "/not-modified/")).toMatchObject({ status: 304, body: "" });
  });

  it("answers HEAD with the GET's length and no body", async () => {
    expect(await host.send("GET", "/text/")).toMatchObject({ status: 200, body: "body", contentLength: "4" });
    expect(await host.send("HEAD", "/text/")).toMatchObject({ status: 200, body: "", contentLength: "4" });
  });

  it("sends each cookie as its own Set-Cookie", async () => {
    const seen = await host.send("GET", "/cookies/");
    expect(seen.setCookies.map((c) => c.split(";")[0])).toEqual(["a=1", "b=2"]);
  });

  it("puts the mount prefix in front of a root-relative Location once", async () => {
    expect((await host.send("GET", "/go/")).location).toBe(`${host.prefix}/elsewhere/`);
    expect((await host.send("GET", "/named/")).location).toBe(`${host.prefix}/text/`);
  });

  it("streams without Content-Length", async () => {
    expect(await host.send("GET", "/stream/")).toMatchObject({ status: 200, body: "xy", contentLength: null });
  });

  it("serves the STATIC setting under STATIC_URL", async () => {
    expect(await host.send("GET", "/static/site.css")).toMatchObject({ status: 200, body: "body{color:red}", contentLength: "15" });
  });

  it("turns a status no complete response may have into a 500", async () => {
    expect((await host.send("GET", "/informational/")).status).toBe(500);
  });
});
