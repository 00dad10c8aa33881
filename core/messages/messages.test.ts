import { describe, expect, it } from "vitest";
import { markSafe } from "../forms/safe.ts";
import { App, Client, messages, path, redirect, render, SessionMiddleware, type HttpRequest } from "../index.ts";
import { MessageMiddleware } from "./middleware.ts";

const LIST = `{% for m in messages %}<p class="{{ m.tags }}">{{ m }}</p>{% endfor %}`;

function messagesApp(settings = {}) {
  const app = new App({
    DEBUG: true,
    SECRET_KEY: "messages-test",
    TEMPLATES: { "list.html": LIST, "quiet.html": "no messages here", "count.html": "{{ messages.length }}" },
    ...settings,
  });
  app.urlpatterns = [
    path("add/", (request: HttpRequest) => {
      messages.success(request, "Saved.");
      messages.info(request, "Note <b>this</b>", "sticky");
      messages.warning(request, "Careful");
      messages.error(request, "Oops");
      messages.debug(request, "Only with MESSAGE_LEVEL 10");
      return redirect("list");
    }),
    path("list/", (request: HttpRequest) => render(request, "list.html"), { name: "list" }),
    path("quiet/", (request: HttpRequest) => render(request, "quiet.html")),
    path("count/", (request: HttpRequest) => render(request, "count.html")),
    path("show-and-add/", (request: HttpRequest) => {
      const html = render(request, "list.html");
      messages.info(request, "Added after showing");
      return html;
    }),
  ];
  return app;
}

describe("messages", () => {
  it("shows messages once, after a redirect, with tags and escaping", async () => {
    const client = new Client(messagesApp());
    const response = await client.get("/add/", undefined, { follow: true });
    expect(response.redirectChain).toEqual([["/list/", 302]]);
    expect(response.content).toBe(
      `<p class="success">Saved.</p><p class="sticky info">Note &lt;b&gt;this&lt;/b&gt;</p>` +
        `<p class="warning">Careful</p><p class="error">Oops</p>`,
    );
    expect((await client.get("/list/")).content).toBe("");
    expect(client.cookies.has("sessionid")).toBe(false); // nothing left in the session: cookie gone
  });

  it("keeps messages until a page shows them", async () => {
    const client = new Client(messagesApp());
    await client.get("/add/");
    expect((await client.get("/quiet/")).content).toBe("no messages here");
    expect((await client.get("/count/")).content).toBe("4");
    expect((await client.get("/list/")).content).toContain("Saved.");
  });

  it("keeps a message added after the page showed the others for the next page", async () => {
    const client = new Client(messagesApp());
    await client.get("/add/");
    expect((await client.get("/show-and-add/")).content).toContain("Oops");
    expect((await client.get("/list/")).content).toBe(`<p class="info">Added after showing</p>`);
  });

  it("drops messages below MESSAGE_LEVEL", async () => {
    const client = new Client(messagesApp({ MESSAGE_LEVEL: messages.DEBUG }));
    await client.get("/add/");
    expect((await client.get("/list/")).content).toContain(`<p class="debug">Only with MESSAGE_LEVEL 10</p>`);
  });

  it("exposes them in response.context and through getMessages", async () => {
    const client = new Client(messagesApp());
    await client.get("/add/");
    const response = await client.get("/quiet/");
    const list = [...(response.context!.messages as Iterable<{ message: string; level: number; tags: string }>)];
    expect(list.map((m) => [m.level, m.message, m.tags])[0]).toEqual([25, "Saved.", "success"]);
  });

  it("says what is missing without the middleware", async () => {
    const noMessages = messagesApp({ MIDDLEWARE: [SessionMiddleware] });
    noMessages.logError = () => {};
    const response = await new Client(noMessages).get("/add/");
    expect(response.status).toBe(500);
    expect(response.content).toContain("You cannot use messages without MessageMiddleware");
    const noSession = messagesApp({ MIDDLEWARE: [MessageMiddleware] });
    noSession.logError = () => {};
    expect((await new Client(noSession).get("/list/")).content).toContain("MessageMiddleware needs SessionMiddleware");
  });

  it("keeps a message added as HTML marked across the redirect: {{ m.message }} and {{ m }} print it as Django's do; text is escaped", async () => {
    const app = messagesApp({ TEMPLATES: { "html.html": `{% for m in messages %}{{ m.message }}|{{ m }}{% endfor %}` } });
    app.route("html-add/", (request: HttpRequest) => {
      messages.success(request, markSafe('Saved <a href="/q/1/">“Q&amp;A”</a>.'));
      messages.info(request, "<i>plain</i>");
      return redirect("html");
    });
    app.route("html/", (request: HttpRequest) => render(request, "html.html"), { name: "html" });
    const response = await new Client(app).get("/html-add/", undefined, { follow: true });
    expect(response.content).toBe(
      'Saved <a href="/q/1/">“Q&amp;A”</a>.|Saved <a href="/q/1/">“Q&amp;A”</a>.' + "&lt;i&gt;plain&lt;/i&gt;|&lt;i&gt;plain&lt;/i&gt;",
    );
  });

  it("ignores junk stored under the messages key", async () => {
    const app = messagesApp();
    app.route("junk/", (request: HttpRequest) => {
      request.session.set("_messages", [[1, 2], "x", [30, "kept", ""], [25, "<b>bad flag</b>", "", 2]]);
      return "junk";
    });
    const client = new Client(app);
    await client.get("/junk/");
    expect((await client.get("/list/")).content).toBe(`<p class="warning">kept</p>`);
  });
});
