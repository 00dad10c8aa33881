/**
 * Forms, CSRF, sessions and messages over real HTTP: `onefile runserver` serves
 * examples/contact.ts and examples/guestbook.ts, and `fetch` plays the browser (cookies kept by
 * hand, Origin sent as a browser sends it). Every bad request gets a clear answer, and the next
 * request is still served by the same process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, csrfToken, rawRequest } from "./testing/forms-http.ts";
import { startCli, type RunningCli } from "./testing/helpers.ts";

/** Starts `onefile runserver <example> 127.0.0.1:0` without the reloader, so a crash would end the process. */
async function runExample(file: string): Promise<{ cli: RunningCli; port: number; origin: string }> {
  const cli = startCli(["runserver", file, "127.0.0.1:0", "--noreload"]);
  const port = Number((await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
  return { cli, port, origin: `http://127.0.0.1:${port}` };
}

/** The server process is still running and answers a fresh GET with the page. */
async function expectAlive(cli: RunningCli, origin: string, heading: string): Promise<void> {
  expect(cli.child.exitCode).toBeNull();
  const page = await fetch(`${origin}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(`<h1>${heading}</h1>`);
}

/** Opens the form page in a new "browser" and returns its jar and the page's CSRF token. */
async function openForm(origin: string): Promise<{ jar: CookieJar; token: string; html: string }> {
  const jar = new CookieJar(origin);
  const page = await jar.fetch("/");
  expect(page.status).toBe(200);
  const html = await page.text();
  return { jar, token: csrfToken(html), html };
}

const GOOD = { name: "Ada", email: "ada@example.com", subject: "question", message: "How do sessions work here?" };

describe("examples/contact.ts over HTTP", () => {
  let server: Awaited<ReturnType<typeof runExample>>;
  beforeAll(async () => {
    server = await runExample("examples/contact.ts");
  }, 90_000);
  afterAll(async () => {
    if (server) expect(await server.cli.stop("SIGINT")).toBe(0);
  }, 30_000);

  it("shows the form and sets the csrftoken cookie", async () => {
    const jar = new CookieJar(server.origin);
    const page = await jar.fetch("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("<h1>Contact us</h1>");
    expect(html).toMatch(/<label for="id_email">Email:<\/label>/);
    csrfToken(html);
    expect(jar.get("csrftoken")).toMatch(/^[a-zA-Z0-9]{32}$/);
    expect(page.headers.getSetCookie().find((c) => c.startsWith("csrftoken="))).toMatch(/; Path=\/;.*SameSite=Lax/);
  });

  it("re-renders a bad submission with its errors and values (200)", async () => {
    const { jar, token } = await openForm(server.origin);
    const body = new URLSearchParams({ csrfmiddlewaretoken: token, name: "Ada", email: "not-an-email", subject: "nope", message: "short" });
    const response = await jar.fetch("/", { method: "POST", body, headers: { origin: server.origin } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Enter a valid email address.");
    expect(html).toContain("Select a valid choice. nope is not one of the available choices.");
    expect(html).toContain("Ensure this value has at least 10 characters (it has 5).");
    expect(html).toContain('value="Ada"');
    expect(html).toContain('value="not-an-email"');
    expect(html).toMatch(/<textarea[^>]*>\s*short<\/textarea>/);
    expect(html).not.toContain('class="message');
  });

  it("redirects after a good submission, then shows the success message once", async () => {
    const { jar, token } = await openForm(server.origin);
    const body = new URLSearchParams({ csrfmiddlewaretoken: token, ...GOOD });
    const posted = await jar.fetch("/", { method: "POST", body, headers: { origin: server.origin } });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("location")).toBe("/");
    expect(jar.get("sessionid")).toBeTruthy();
    const shown = await jar.fetch("/");
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<p class="message success" role="status">Thanks, Ada! We will answer at ada@example.com.</p>');
    const again = await jar.fetch("/");
    expect(await again.text()).not.toContain("Thanks, Ada!");
  });

  it("refuses a POST without a token with 403, and keeps serving", async () => {
    const { jar } = await openForm(server.origin);
    const response = await jar.fetch("/", { method: "POST", body: new URLSearchParams(GOOD), headers: { origin: server.origin } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("CSRF token missing.");
    await expectAlive(server.cli, server.origin, "Contact us");
  });

  it("refuses a forged Origin with 403, even with a good token, and keeps serving", async () => {
    const { jar, token } = await openForm(server.origin);
    const body = new URLSearchParams({ csrfmiddlewaretoken: token, ...GOOD });
    const response = await jar.fetch("/", { method: "POST", body, headers: { origin: "http://evil.example" } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Origin checking failed - http://evil.example does not match any trusted origins.");
    await expectAlive(server.cli, server.origin, "Contact us");
  });

  it("refuses a wrong token and a POST without the CSRF cookie with 403", async () => {
    const { jar, token } = await openForm(server.origin);
    const wrong = new URLSearchParams({ csrfmiddlewaretoken: "a".repeat(64), ...GOOD });
    const refused = await jar.fetch("/", { method: "POST", body: wrong, headers: { origin: server.origin } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("CSRF token from POST incorrect.");
    const noCookie = await fetch(`${server.origin}/`, {
      method: "POST",
      body: new URLSearchParams({ csrfmiddlewaretoken: token, ...GOOD }),
      headers: { origin: server.origin },
      redirect: "manual",
    });
    expect(noCookie.status).toBe(403);
    expect(await noCookie.text()).toContain("CSRF cookie not set.");
    await expectAlive(server.cli, server.origin, "Contact us");
  });

  it("answers a text/plain POST as Django does: 403 without the header, form errors with it", async () => {
    const { jar, token } = await openForm(server.origin);
    // A text/plain body is not form data: request.POST stays empty, so the token field is missing.
    const plain = `csrfmiddlewaretoken=${token}&name=Ada`;
    const refused = await jar.fetch("/", { method: "POST", body: plain, headers: { origin: server.origin, "content-type": "text/plain" } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("CSRF token missing.");
    // With the token in X-CSRFToken, CSRF passes and the form sees no data at all.
    const headed = await jar.fetch("/", { method: "POST", body: plain, headers: { origin: server.origin, "content-type": "text/plain", "x-csrftoken": token } });
    expect(headed.status).toBe(200);
    const html = await headed.text();
    expect(html).toContain("This field is required.");
    expect(html).not.toContain('value="Ada"');
    await expectAlive(server.cli, server.origin, "Contact us");
  });

  it("accepts a well-formed multipart POST", async () => {
    const { jar, token } = await openForm(server.origin);
    const form = new FormData();
    for (const [key, value] of Object.entries({ csrfmiddlewaretoken: token, ...GOOD, name: "Multi" })) form.append(key, value);
    const posted = await jar.fetch("/", { method: "POST", body: form, headers: { origin: server.origin } });
    expect(posted.status).toBe(302);
    expect(await (await jar.fetch("/")).text()).toContain("Thanks, Multi!");
  });

  it("refuses a multipart body over DATA_UPLOAD_MAX_MEMORY_SIZE with 413, and keeps serving", async () => {
    const { jar, token } = await openForm(server.origin);
    const boundary = "----onefile-test-boundary";
    const big = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n${token}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\n`),
      Buffer.alloc(3 * 1024 * 1024, "x"), // Over the default 2.5 MB.
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const head =
      `POST / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${server.origin}\r\nCookie: ${jar.header()}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${big.length}\r\n\r\n`;
    const reply = await rawRequest(server.port, head, big);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    await expectAlive(server.cli, server.origin, "Contact us");
  });

  it("answers malformed multipart with 400 that says why, and keeps serving", async () => {
    const { jar, token } = await openForm(server.origin);
    const headers = { origin: server.origin, "x-csrftoken": token };
    const garbage = await jar.fetch("/", { method: "POST", body: "this is not multipart", headers: { ...headers, "content-type": "multipart/form-data; boundary=xyz" } });
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).toContain("Malformed multipart body");
    const noBoundary = await jar.fetch("/", { method: "POST", body: "--x\r\n", headers: { ...headers, "content-type": "multipart/form-data" } });
    expect(noBoundary.status).toBe(400);
    expect(await noBoundary.text()).toContain("Multipart body without a boundary");
    await expectAlive(server.cli, server.origin, "Contact us");
    // The request log shows the refusals, as Django's runserver does.
    await server.cli.waitFor(/"POST \/ HTTP\/1\.1" 400 /);
  });
});

describe("examples/guestbook.ts over HTTP", () => {
  let server: Awaited<ReturnType<typeof runExample>>;
  beforeAll(async () => {
    server = await runExample("examples/guestbook.ts");
  }, 90_000);
  afterAll(async () => {
    if (server) expect(await server.cli.stop("SIGINT")).toBe(0);
  }, 30_000);

  /** Signs the book as `name` in `jar`'s browser and follows the redirect; returns the page after it. */
  async function sign(jar: CookieJar, token: string, name: string, text: string): Promise<string> {
    const posted = await jar.fetch("/", { method: "POST", body: new URLSearchParams({ csrfmiddlewaretoken: token, name, text }), headers: { origin: server.origin } });
    expect(posted.status).toBe(302);
    const page = await jar.fetch(posted.headers.get("location")!);
    expect(page.status).toBe(200);
    return page.text();
  }

  it("remembers the signer's name in the session", async () => {
    const { jar, token, html } = await openForm(server.origin);
    expect(html).not.toContain("Welcome back");
    const after = await sign(jar, token, "Grace", "Hello from Node.");
    expect(after).toContain("Thanks for signing!");
    expect(after).toContain("Welcome back, Grace!");
    expect(after).toContain("<strong>Grace</strong>: Hello from Node.");
    // A later visit, same browser: the name is pre-filled and the message is gone.
    const later = await (await jar.fetch("/")).text();
    expect(later).toContain("Welcome back, Grace!");
    expect(later).toMatch(/<input[^>]*name="name"[^>]*value="Grace"/);
    expect(later).not.toContain("Thanks for signing!");
  });

  it("treats a tampered session cookie as an empty session, and keeps serving", async () => {
    const { jar, token } = await openForm(server.origin);
    await sign(jar, token, "Linus", "Signed, then tampered with.");
    const cookie = jar.get("sessionid")!;
    // Flip one character of the signed value: the signature no longer matches.
    const flipped = cookie.slice(0, -1) + (cookie.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, "not-a-session", "a:b:c", "%%%"]) {
      jar.set("sessionid", bad);
      const page = await jar.fetch("/");
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toContain("Welcome back");
      expect(html).not.toMatch(/<input[^>]*name="name"[^>]*value="Linus"/);
    }
    // The tampered session still accepts a new signature and starts over.
    const again = await sign(jar, token, "Linus II", "A fresh session.");
    expect(again).toContain("Welcome back, Linus II!");
    await expectAlive(server.cli, server.origin, "Guestbook");
  });

  it("refuses to sign without a token (403) or from a forged Origin (403)", async () => {
    const { jar, token } = await openForm(server.origin);
    const missing = await jar.fetch("/", { method: "POST", body: new URLSearchParams({ name: "Eve", text: "forged" }), headers: { origin: server.origin } });
    expect(missing.status).toBe(403);
    const forged = await jar.fetch("/", { method: "POST", body: new URLSearchParams({ csrfmiddlewaretoken: token, name: "Eve", text: "forged" }), headers: { origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
    const page = await (await jar.fetch("/")).text();
    expect(page).not.toContain("<strong>Eve</strong>");
    await expectAlive(server.cli, server.origin, "Guestbook");
  });

  it("forgets the name on request", async () => {
    const { jar, token } = await openForm(server.origin);
    await sign(jar, token, "Margaret", "Remember me.");
    const forgot = await jar.fetch("/forget/", { method: "POST", body: new URLSearchParams({ csrfmiddlewaretoken: token }), headers: { origin: server.origin } });
    expect(forgot.status).toBe(302);
    const page = await (await jar.fetch("/")).text();
    expect(page).toContain("Forgotten. Sign with any name you like.");
    expect(page).not.toContain("Welcome back");
  });
});
