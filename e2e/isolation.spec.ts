import { expect, test, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { createDeflateRaw } from "node:zlib";
import { toBase64Url } from "../app/share.ts";
import { expectHeading, openWithSource, preview, previewFrame, waitReady } from "./fixtures.ts";

/**
 * A share link is someone else's code. These tests play the attacker: a link's code (on the
 * server side of its project, and in its pages) goes after another project, the editor, the
 * editor's cache, and the visitor's saved work; foreign pages script the sandbox.
 */

const VICTIM_SOURCE = "VICTIM-SOURCE-7f3a";
const VICTIM_COOKIE = "VICTIM-COOKIE-9b1c";

/** A project with things worth stealing: its source, a session cookie, its SECRET_KEY. */
const victim = `import { App, path, HttpResponse } from "onefile";
// ${VICTIM_SOURCE}
const app = new App({ DEBUG: true });
app.urlpatterns = [
  path("", () => new HttpResponse("<h1>Victim</h1>")),
  path("login/", () => {
    const response = new HttpResponse("<h1>Logged in</h1>");
    response.setCookie("sessionid", "${VICTIM_COOKIE}");
    return response;
  }),
  path("key/", () => new HttpResponse(app.settings.SECRET_KEY, { contentType: "text/plain" })),
];
export default app;
`;

/**
 * Code that looks everywhere it can from its project's runner: every database and cache it can
 * open (and the editor's database by name), and the other project's origin.
 */
const LOOT = `async function loot(other: string): Promise<string> {
  const found: string[] = [];
  const names = new Set((await indexedDB.databases()).map((db) => db.name ?? ""));
  names.add("onefile-sandbox");
  names.add("onefile-preview");
  for (const name of names) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      const values = await new Promise<unknown[]>((resolve) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
      });
      found.push(name + "/" + store + ": " + JSON.stringify(values));
    }
  }
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) found.push("cache " + name + " " + request.url + " " + (await (await cache.match(request))!.text()).length + " bytes");
  }
  for (const url of [other + "/key/", other + "/", other + "/__onefile/host.html"]) {
    try {
      found.push(url + " → " + (await (await fetch(url, { credentials: "include" })).text()));
    } catch (error) {
      found.push(url + " → " + String(error));
    }
  }
  return found.join("\\n");
}`;

/** A page script that tries to reach the editor around its frame, and reports what it got. */
const PAGE_ATTACK = `const report = [];
const attempt = (what, f) => { try { report.push(what + ": " + String(f())); } catch (error) { report.push(what + ": refused (" + error.name + ")"); } };
attempt("parent.document", () => parent.document.body.innerHTML);
attempt("top.location.href", () => top.location.href);
attempt("parent.sandbox", () => parent.sandbox.getSource());
attempt("parent.localStorage", () => parent.localStorage.length);
attempt("top.location = …", () => { top.location.href = "https://example.com/"; return "navigated"; });
addEventListener("message", (event) => { if (event.data && event.data.type === "onefile:reply") report.push("reply: " + JSON.stringify(event.data)); });
parent.postMessage({ type: "onefile:getSource", requestId: 1 }, "*");
top.postMessage({ type: "onefile:getSource", requestId: 2 }, "*");
setTimeout(() => { document.getElementById("report").textContent = report.join("\\n"); }, 1500);`;

function attacker(other: string): string {
  return `import { App, path, HttpResponse } from "onefile";
${LOOT}
const app = new App({ DEBUG: true });
app.urlpatterns = [
  path("", () => new HttpResponse('<h1>Attacker</h1><pre id="report"></pre><script src="/attack.js"></script>')),
  path("attack.js", () => new HttpResponse(${JSON.stringify(PAGE_ATTACK)}, { contentType: "text/javascript" })),
  path("loot/", async () => new HttpResponse(await loot(${JSON.stringify(other)}), { contentType: "text/plain" })),
];
export default app;
`;
}

test("a link's code cannot read another project's source, cookie jar or secret key", async ({ context }) => {
  const first = await context.newPage();
  await openWithSource(first, victim);
  await first.getByTestId("address").fill("/login/");
  await first.getByTestId("address").press("Enter");
  await expectHeading(first, "Logged in");
  const victimKey = await (await previewFrame(first)).evaluate(() => fetch("/key/").then((r) => r.text()));
  expect(victimKey.length).toBeGreaterThan(20);
  // The attacker even knows where the victim's preview lives.
  const victimOrigin = await first.evaluate(() => window.sandbox.previewOrigin());

  const second = await context.newPage();
  await openWithSource(second, attacker(victimOrigin));
  const loot = await (await previewFrame(second)).evaluate(() => fetch("/loot/").then((r) => r.text()));
  // It did look, and found only its own origin's: its own key, the sandbox's host files.
  expect(loot).toContain("onefile-preview/kv");
  expect(loot).toContain("cache onefile-host");
  for (const secret of [VICTIM_SOURCE, VICTIM_COOKIE, victimKey]) expect(loot).not.toContain(secret);
  // Its own origin is not the victim's: different origins, different storage.
  expect(await second.evaluate(() => window.sandbox.previewOrigin())).not.toBe(victimOrigin);
});

test("a link's pages cannot reach the editor, navigate it, or script it", async ({ page }) => {
  await openWithSource(page, attacker("http://127.0.0.1:1"));
  const editorUrl = page.url();
  const report = preview(page).locator("#report");
  await expect(report).not.toBeEmpty();
  const text = await report.textContent();
  for (const attempt of ["parent.document", "top.location.href", "parent.sandbox", "parent.localStorage", "top.location = …"]) {
    expect(text).toContain(`${attempt}: refused`);
  }
  expect(text).not.toContain("reply:");
  expect(page.url()).toBe(editorUrl);
  expect(await page.evaluate(() => window.sandbox.getSource())).toContain("Attacker");
});

test("a link's code cannot poison the editor's cache for later visits", async ({ page, context }) => {
  await openWithSource(page, victim);
  // Let the editor cache its shell (it does so after the first preview).
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("onefile-shell-")).length)).toBe(1);
  const scripts = await page.evaluate(() => Array.from(document.scripts, (script) => new URL(script.src, location.href).pathname).filter((path) => path.startsWith("/assets/")));
  const poison = `import { App, path, HttpResponse } from "onefile";
const app = new App({ DEBUG: true });
async function poison() {
  // Every cache name the editor might use, every script it loads: replaced by an implant.
  for (const name of ["onefile-shell", ...(await caches.keys())]) {
    const cache = await caches.open(name.startsWith("onefile-shell") ? name : "onefile-shell-x");
    for (const path of ${JSON.stringify(scripts)}) {
      await cache.put(path, new Response("window.PWNED = true;", { headers: { "Content-Type": "text/javascript" } }));
      await cache.put("http://127.0.0.1:${new URL(page.url()).port}" + path, new Response("window.PWNED = true;", { headers: { "Content-Type": "text/javascript" } }));
    }
  }
  return "poisoned";
}
app.urlpatterns = [path("", async () => new HttpResponse("<h1>" + (await poison()) + "</h1>"))];
export default app;
`;
  await page.evaluate((code) => window.sandbox.setSource(code), poison);
  await expectHeading(page, "poisoned");
  // Later visits, online and offline, load the editor's own scripts.
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    await page.goto("/");
    await waitReady(page);
    expect(await page.evaluate(() => (window as unknown as { PWNED?: boolean }).PWNED ?? false)).toBe(false);
  }
  await context.setOffline(false);
});

test.describe("foreign pages", () => {
  const PORT = 4211;
  let server: Server;
  let sandboxOrigin = "";

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const kind = new URL(request.url ?? "/", "http://x").pathname.slice(1);
      const frame = kind === "embed" ? `${sandboxOrigin}/?view=embed` : `${sandboxOrigin}/`;
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(`<!doctype html><title>foreign</title><body><script>
window.replies = [];
addEventListener("message", (event) => { if (event.data && event.data.type === "onefile:reply") window.replies.push(event.data); });
let target;
if (${JSON.stringify(kind)} === "open") target = window.open(${JSON.stringify(sandboxOrigin + "/")});
else { const f = document.createElement("iframe"); f.src = ${JSON.stringify(frame)}; f.style.width = "900px"; f.style.height = "500px"; document.body.append(f); target = f.contentWindow; }
window.ask = (message) => { try { target.postMessage(message, "*"); } catch (error) { window.replies.push({ error: String(error) }); } };
setInterval(() => window.ask({ type: "onefile:getSource", requestId: "poll" }), 300);
</script>`);
    });
    await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The visitor has work saved in the sandbox (the foreign pages are on another port: another origin). */
  async function visitorWithSavedWork(page: Page): Promise<void> {
    await openWithSource(page, victim);
    sandboxOrigin = new URL(page.url()).origin;
  }

  test("a window another site opens, or a frame without ?view=embed, answers no message", async ({ page, context }) => {
    await visitorWithSavedWork(page);
    for (const kind of ["open", "frame"]) {
      const foreign = await context.newPage();
      await foreign.goto(`http://127.0.0.1:${PORT}/${kind}`);
      // Long enough for the sandbox to boot and for many requests to go unanswered.
      await foreign.waitForTimeout(6000);
      expect(await foreign.evaluate(() => (window as unknown as { replies: unknown[] }).replies)).toEqual([]);
      await foreign.close();
    }
  });

  test("an embedding page gets its own project, never the visitor's saved one", async ({ page, context }) => {
    await visitorWithSavedWork(page);
    const embedder = await context.newPage();
    await embedder.goto(`http://127.0.0.1:${PORT}/embed`);
    const replies = () => embedder.evaluate(() => (window as unknown as { replies: { result?: unknown }[] }).replies);
    await expect.poll(async () => (await replies()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    for (const reply of await replies()) expect(String(reply.result)).not.toContain(VICTIM_SOURCE);
    expect(String((await replies())[0]!.result)).toContain("Hello"); // The default example.
    // What the embedder does to its project leaves the visitor's work alone.
    await embedder.evaluate(() => (window as unknown as { ask: (m: unknown) => void }).ask({ type: "onefile:setSource", requestId: "set", code: "// the embedder's\n" }));
    await embedder.close();
    const again = await context.newPage();
    await again.goto("/");
    await waitReady(again);
    expect(await again.evaluate(() => window.sandbox.getSource())).toContain(VICTIM_SOURCE);
  });
});

test("a link that inflates to 1 GB gives a message, and the saved work stays", async ({ page }) => {
  await openWithSource(page, victim);
  // 1 GB of spaces, deflated as it streams (to about 1 MB), so the test never holds the gigabyte.
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.alloc(16 * 1024 * 1024, 32);
  for (let i = 0; i < 64; i++) await new Promise<void>((resolve) => deflate.write(block, () => resolve()));
  deflate.end();
  await ended;
  const bytes = new Uint8Array(Buffer.concat(parts));
  await page.goto("about:blank");
  await page.goto(`/#code=${toBase64Url(bytes)}`);
  await waitReady(page);
  await expect(page.getByTestId("error")).toContainText("larger than 5 MB");
  await expect(page.getByTestId("error")).toContainText("nothing was lost");
  await expectHeading(page, "Victim");
  expect(await page.evaluate(() => window.sandbox.getSource())).toContain(VICTIM_SOURCE);
});
