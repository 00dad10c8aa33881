import { describe, expect, it } from "vitest";
import { App, Client, csrfExempt, getToken, HttpResponse, JsonResponse, path, render, rotateToken, type HttpRequest } from "../index.ts";
import { REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "../debug/csrf.ts";
import { unmaskToken } from "./token.ts";

/** A form page and a POST endpoint, plus an exempt webhook. */
function formApp(settings = {}) {
  const app = new App({
    DEBUG: true,
    TEMPLATES: { "form.html": `<form method="post">{% csrf_token %}<input name="q"></form>` },
    ...settings,
  });
  app.urlpatterns = [
    path("form/", (request: HttpRequest) => (request.method === "POST" ? `got ${request.POST.get("q")}` : render(request, "form.html")), { name: "form" }),
    path("api/", (request: HttpRequest) => new JsonResponse({ method: request.method }), { name: "api" }),
    path("token/", (request: HttpRequest) => new JsonResponse({ token: getToken(request) })),
    path("hook/", csrfExempt(function hook(request: HttpRequest) {
      return `hooked ${request.method}`;
    })),
    path("plain/", () => "plain"),
  ];
  return app;
}

/** Pulls the token out of a rendered `{% csrf_token %}`. */
function tokenIn(html: string): string {
  const match = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no csrf token in ${html}`);
  return match[1]!;
}

describe("CsrfViewMiddleware", () => {
  it("puts a masked token in forms and the secret in the csrftoken cookie", async () => {
    const client = new Client(formApp(), { enforceCsrfChecks: true });
    const page = await client.get("/form/");
    const token = tokenIn(page.content);
    const secret = client.cookies.get("csrftoken")!;
    expect(token).toMatch(/^[a-zA-Z0-9]{64}$/);
    expect(secret).toMatch(/^[a-zA-Z0-9]{32}$/);
    expect(unmaskToken(token)).toBe(secret);
    expect(page.headers.get("vary")).toContain("Cookie");
    expect(page.headers.get("set-cookie")).toMatch(/csrftoken=[a-zA-Z0-9]{32}; Max-Age=31449600; Path=\/; Expires=.*; SameSite=Lax/);
    // A second page keeps the same secret (the cookie is sent again, as Django renews its
    // lifetime whenever a token is used) but masks it differently.
    const again = await client.get("/form/");
    expect(again.headers.get("set-cookie")).toMatch(new RegExp(`^csrftoken=${secret};`));
    expect(tokenIn(again.content)).not.toBe(token);
    expect(unmaskToken(tokenIn(again.content))).toBe(secret);
  });

  it("sets no cookie for pages that never ask for a token, rendered or not", async () => {
    const response = await new Client(formApp()).get("/plain/");
    expect(response.headers.get("set-cookie")).toBeNull();
    const app = formApp({ TEMPLATES: { "form.html": "no form here", "other.html": "" } });
    const rendered = await new Client(app).get("/form/");
    expect(rendered.content).toBe("no form here");
    expect(rendered.headers.get("set-cookie")).toBeNull();
  });

  it("accepts a POST with the form's token", async () => {
    const client = new Client(formApp(), { enforceCsrfChecks: true });
    const token = tokenIn((await client.get("/form/")).content);
    const response = await client.post("/form/", { q: "hello", csrfmiddlewaretoken: token });
    expect(response.status).toBe(200);
    expect(response.content).toBe("got hello");
    // urlencoded works too.
    const urlencoded = await client.post("/form/", { q: "x", csrfmiddlewaretoken: token }, { contentType: "application/x-www-form-urlencoded" });
    expect(urlencoded.content).toBe("got x");
  });

  it("accepts the X-CSRFToken header (masked, or the bare secret a script read from the cookie)", async () => {
    const client = new Client(formApp(), { enforceCsrfChecks: true });
    const { token } = (await client.get("/token/")).json();
    for (const method of ["post", "put", "patch", "delete"] as const) {
      const response = await client[method]("/api/", { a: 1 }, { contentType: "application/json", headers: { "X-CSRFToken": token } });
      expect(response.status, method).toBe(200);
    }
    const secret = client.cookies.get("csrftoken")!;
    expect((await client.post("/api/", "{}", { contentType: "application/json", headers: { "X-CSRFToken": secret } })).status).toBe(200);
  });

  it("refuses a POST without a cookie, without a token, or with a wrong token, and explains why with DEBUG", async () => {
    const client = new Client(formApp(), { enforceCsrfChecks: true });
    const noCookie = await client.post("/form/", { q: "x" });
    expect(noCookie.status).toBe(403);
    expect(noCookie.content).toContain("CSRF verification failed. Request aborted.");
    expect(noCookie.content).toContain(REASON_NO_CSRF_COOKIE);

    const token = tokenIn((await client.get("/form/")).content);
    const missing = await client.post("/form/", { q: "x" });
    expect(missing.status).toBe(403);
    expect(missing.content).toContain("CSRF token missing.");

    const wrong = token.slice(0, 63) + (token[63] === "a" ? "b" : "a");
    const incorrect = await client.post("/form/", { q: "x", csrfmiddlewaretoken: wrong });
    expect(incorrect.status).toBe(403);
    expect(incorrect.content).toContain("CSRF token from POST incorrect.");

    const short = await client.post("/form/", { q: "x", csrfmiddlewaretoken: "abc" });
    expect(short.content).toContain("CSRF token from POST has incorrect length.");
    const bad = await client.post("/api/", "{}", { contentType: "application/json", headers: { "X-CSRFToken": "!".repeat(64) } });
    // The reason is HTML-escaped on the page (' becomes an entity); the header is named as Django
    // names it (its META spelling, title-cased).
    expect(bad.content).toMatch(/CSRF token from the (&#39;|&#x27;)X-Csrftoken(&#39;|&#x27;) HTTP header has invalid characters\./);

    // The token of another visitor (another secret) does not fit this cookie.
    const other = new Client(formApp(), { enforceCsrfChecks: true });
    const theirs = tokenIn((await other.get("/form/")).content);
    expect((await client.post("/form/", { csrfmiddlewaretoken: theirs })).status).toBe(403);
  });

  it("explains nothing without DEBUG", async () => {
    const client = new Client(formApp({ DEBUG: false, ALLOWED_HOSTS: ["testserver"] }), { enforceCsrfChecks: true });
    const response = await client.post("/form/", { q: "x" });
    expect(response.status).toBe(403);
    expect(response.content).toContain("CSRF verification failed. Request aborted.");
    expect(response.content).not.toContain("Reason given for failure");
    expect(response.content).toContain("More information is available with DEBUG = true.");
  });

  it("refuses a bad csrftoken cookie with a reason, and replaces it", async () => {
    const client = new Client(formApp(), { enforceCsrfChecks: true });
    client.cookies.set("csrftoken", "short");
    const response = await client.post("/form/", { csrfmiddlewaretoken: "a".repeat(64) });
    expect(response.status).toBe(403);
    expect(response.content).toContain("CSRF cookie has incorrect length.");
    await client.get("/form/");
    expect(client.cookies.get("csrftoken")).toMatch(/^[a-zA-Z0-9]{32}$/);
  });

  it("refuses a foreign Origin and accepts its own and trusted ones", async () => {
    const app = formApp({ CSRF_TRUSTED_ORIGINS: ["https://trusted.example", "https://*.partner.example"] });
    const client = new Client(app, { enforceCsrfChecks: true });
    const token = tokenIn((await client.get("/form/")).content);
    const post = (origin: string) => client.post("/form/", { q: "o", csrfmiddlewaretoken: token }, { headers: { Origin: origin } });

    const evil = await post("https://evil.example");
    expect(evil.status).toBe(403);
    expect(evil.content).toContain("Origin checking failed - https://evil.example does not match any trusted origins.");
    expect((await post("null")).status).toBe(403);
    expect((await post("https://testserver")).status).toBe(403); // wrong scheme for an http request
    expect((await post("http://testserver")).status).toBe(200);
    expect((await post("https://trusted.example")).status).toBe(200);
    expect((await post("https://api.partner.example")).status).toBe(200);
    expect((await post("https://partner.example")).status).toBe(200);
    expect((await post("http://api.partner.example")).status).toBe(403);
    // The Origin check comes first: even a right token does not save a forged Origin.
  });

  it("checks the Referer of https requests without Origin", async () => {
    const app = formApp({ CSRF_TRUSTED_ORIGINS: ["https://trusted.example"] });
    const client = new Client(app, { enforceCsrfChecks: true });
    const token = tokenIn((await client.get("/form/", undefined, { secure: true })).content);
    const post = (headers: Record<string, string>) => client.post("/form/", { csrfmiddlewaretoken: token }, { secure: true, headers });
    const none = await post({});
    expect(none.status).toBe(403);
    expect(none.content).toContain(REASON_NO_REFERER);
    expect((await post({ Referer: "not a url" })).content).toContain("Referer checking failed - Referer is malformed.");
    expect((await post({ Referer: "http://testserver/form/" })).content).toContain("Referer is insecure while host is secure.");
    expect((await post({ Referer: "https://evil.example/" })).content).toContain(
      "Referer checking failed - https://evil.example/ does not match any trusted origins.",
    );
    expect((await post({ Referer: "https://testserver/form/" })).status).toBe(200);
    expect((await post({ Referer: "https://trusted.example/page" })).status).toBe(200);
  });

  it("lets csrfExempt views through and keeps their name", async () => {
    const app = formApp();
    const client = new Client(app, { enforceCsrfChecks: true });
    const response = await client.post("/hook/", { a: 1 }, { headers: { Origin: "https://elsewhere.example" } });
    expect(response.status).toBe(200);
    expect(response.content).toBe("hooked POST");
    expect(app.routes().find((r) => r.pattern.includes("hook"))?.view).toContain("hook");
  });

  it("does not turn a POST to an unknown URL into a 403", async () => {
    const response = await new Client(formApp(), { enforceCsrfChecks: true }).post("/nowhere/", { a: 1 });
    expect(response.status).toBe(404);
  });

  it("is skipped for the test client unless enforced, as in Django", async () => {
    const relaxed = await new Client(formApp()).post("/form/", { q: "free" });
    expect(relaxed.status).toBe(200);
    expect(relaxed.content).toBe("got free");
    // Real requests (app.fetch) are always checked.
    const fetched = await formApp().fetch(new Request("http://localhost/form/", { method: "POST", body: new URLSearchParams({ q: "x" }) }));
    expect(fetched.status).toBe(403);
  });

  it("works through app.fetch with a cookie, a token and an Origin, as a browser sends them", async () => {
    const app = formApp();
    const page = await app.fetch(new Request("http://localhost:8000/form/"));
    const secret = /csrftoken=([a-zA-Z0-9]+)/.exec(page.headers.get("set-cookie")!)![1]!;
    const token = tokenIn(await page.text());
    const response = await app.fetch(
      new Request("http://localhost:8000/form/", {
        method: "POST",
        headers: { Cookie: `csrftoken=${secret}`, Origin: "http://localhost:8000" },
        body: new URLSearchParams({ q: "browser", csrfmiddlewaretoken: token }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("got browser");
  });

  it("rotateToken gives a new secret", async () => {
    const app = formApp();
    app.route("login/", (request: HttpRequest) => {
      rotateToken(request);
      return new HttpResponse("in");
    });
    const client = new Client(app);
    await client.get("/form/");
    const before = client.cookies.get("csrftoken");
    await client.post("/login/");
    expect(client.cookies.get("csrftoken")).toMatch(/^[a-zA-Z0-9]{32}$/);
    expect(client.cookies.get("csrftoken")).not.toBe(before);
  });

  it("keeps bad-input answers with CSRF on: wrong content type, 413, malformed multipart", async () => {
    const app = formApp({ DATA_UPLOAD_MAX_MEMORY_SIZE: 1000 });
    const client = new Client(app, { enforceCsrfChecks: true });
    const token = tokenIn((await client.get("/form/")).content);
    // A body the form parser does not read: no form field, so the token must come as a header.
    const text = await client.post("/form/", "q=x", { contentType: "text/plain" });
    expect(text.status).toBe(403);
    expect(text.content).toContain("CSRF token missing.");
    const textWithHeader = await client.post("/form/", "q=x", { contentType: "text/plain", headers: { "X-CSRFToken": token } });
    expect(textWithHeader.status).toBe(200);
    expect(textWithHeader.content).toBe("got null");
    // Too big: 413 before any CSRF check, so the body is never read past the limit.
    const big = await client.post("/form/", { q: "x".repeat(5000), csrfmiddlewaretoken: token });
    expect(big.status).toBe(413);
    // Malformed multipart: 400 with a reason, and the app keeps serving.
    const malformed = await client.post("/form/", "--nope\r\ngarbage", { contentType: "multipart/form-data; boundary=xyz" });
    expect(malformed.status).toBe(400);
    expect((await client.post("/form/", { q: "after", csrfmiddlewaretoken: token })).content).toBe("got after");
  });
});
