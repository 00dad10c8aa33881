import { describe, expect, it } from "vitest";
import { Client } from "onefile";
import contact, { inbox } from "./contact.ts";
import guestbook, { entries } from "./guestbook.ts";

/** The token `{% csrf_token %}` printed into a page. */
function csrfToken(html: string): string {
  const match = /name="csrfmiddlewaretoken" value="([a-zA-Z0-9]{64})"/.exec(html);
  if (!match) throw new Error("The page has no CSRF token field.");
  return match[1]!;
}

describe("examples/contact.ts", () => {
  it("shows the form with a CSRF token, labels and help text", async () => {
    const page = await new Client(contact).get("/");
    expect(page.status).toBe(200);
    expect(page.content).toContain("<h1>Contact us</h1>");
    expect(page.content).toMatch(/<label for="id_email">Email:<\/label>/);
    expect(page.content).toContain("We answer here, and never share it.");
    expect(page.content).toContain("<textarea");
    csrfToken(page.content);
  });

  it("answers a bad submission with the errors and the values kept, and no message", async () => {
    const client = new Client(contact, { enforceCsrfChecks: true });
    const token = csrfToken((await client.get("/")).content);
    const response = await client.post("/", { csrfmiddlewaretoken: token, name: "Ada", email: "not-an-email", subject: "nope", message: "short" });
    expect(response.status).toBe(200);
    expect(response.content).toContain("Enter a valid email address.");
    expect(response.content).toContain("Select a valid choice. nope is not one of the available choices.");
    expect(response.content).toContain("Ensure this value has at least 10 characters (it has 5).");
    expect(response.content).toContain('value="Ada"');
    expect(response.content).not.toContain('class="message');
    const links = await client.post("/", { csrfmiddlewaretoken: token, name: "Ada", email: "ada@example.com", subject: "other", message: "see https://spam.example" });
    expect(links.content).toContain("Please leave links out of your message.");
  });

  it("redirects after a good submission and shows the success message once", async () => {
    const client = new Client(contact, { enforceCsrfChecks: true });
    const token = csrfToken((await client.get("/")).content);
    const before = inbox.length;
    const response = await client.post(
      "/",
      { csrfmiddlewaretoken: token, name: "Ada", email: "ada@example.com", subject: "question", message: "How do sessions work here?" },
      { follow: true },
    );
    expect(response.redirectChain).toEqual([["/", 302]]);
    expect(response.content).toContain('<p class="message success" role="status">Thanks, Ada! We will answer at ada@example.com.</p>');
    expect(inbox.length).toBe(before + 1);
    expect(inbox.at(-1)).toEqual({ name: "Ada", email: "ada@example.com", subject: "question", message: "How do sessions work here?" });
    expect((await client.get("/")).content).not.toContain("Thanks, Ada!");
  });

  it("refuses a forged POST without a token", async () => {
    const client = new Client(contact, { enforceCsrfChecks: true });
    await client.get("/");
    const forged = await client.post("/", { name: "Eve", email: "eve@example.com", subject: "other", message: "Forged from elsewhere." });
    expect(forged.status).toBe(403);
    expect(forged.content).toContain("CSRF token missing.");
  });

  it("works through app.fetch as a browser uses it (cookies, Origin)", async () => {
    const page = await contact.fetch(new Request("http://localhost:8000/"));
    const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const token = csrfToken(await page.text());
    const body = new URLSearchParams({ csrfmiddlewaretoken: token, name: "Bo", email: "bo@example.com", subject: "bug", message: "Something broke today." });
    const posted = await contact.fetch(
      new Request("http://localhost:8000/", { method: "POST", body, headers: { Cookie: cookie, Origin: "http://localhost:8000" } }),
    );
    expect(posted.status).toBe(302);
    const session = posted.headers.getSetCookie().find((c) => c.startsWith("sessionid="))!.split(";")[0]!;
    const shown = await contact.fetch(new Request("http://localhost:8000/", { headers: { Cookie: `${cookie}; ${session}` } }));
    expect(await shown.text()).toContain("Thanks, Bo!");
  });
});

describe("examples/guestbook.ts", () => {
  it("signs the book, remembers the name in the session and pre-fills it", async () => {
    const client = new Client(guestbook, { enforceCsrfChecks: true });
    const first = await client.get("/");
    expect(first.content).not.toContain("Welcome back");
    const signed = await client.post("/", { csrfmiddlewaretoken: csrfToken(first.content), name: "Grace", text: "Hello <there>" }, { follow: true });
    expect(signed.content).toContain("Thanks for signing!");
    expect(signed.content).toContain("Welcome back, Grace!");
    expect(signed.content).toContain("<li><strong>Grace</strong>: Hello &lt;there&gt;</li>");
    expect(entries[0]).toEqual({ name: "Grace", text: "Hello <there>" });
    // A later visit: the name is remembered and filled in, the message is gone.
    const later = await client.get("/");
    expect(later.content).toContain("Welcome back, Grace!");
    expect(later.content).toMatch(/name="name" value="Grace"/);
    expect(later.content).not.toContain("Thanks for signing!");
  });

  it("keeps the session in a signed cookie that another client cannot edit", async () => {
    const client = new Client(guestbook);
    await client.post("/", { name: "Linus", text: "hi" });
    const cookie = client.cookies.get("sessionid")!;
    const other = new Client(guestbook);
    other.cookies.set("sessionid", cookie);
    expect((await other.get("/")).content).toContain("Welcome back, Linus!");
    other.cookies.set("sessionid", cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    const tampered = await other.get("/");
    expect(tampered.status).toBe(200);
    expect(tampered.content).not.toContain("Welcome back");
  });

  it("shows errors for an empty entry, and forgets the name on request", async () => {
    const client = new Client(guestbook);
    await client.post("/", { name: "Ken", text: "first" });
    const empty = await client.post("/", { name: "Ken", text: "" });
    expect(empty.content).toContain("This field is required.");
    const forgotten = await client.post("/forget/", {}, { follow: true });
    expect(forgotten.content).toContain("Forgotten. Sign with any name you like.");
    expect(forgotten.content).not.toContain("Welcome back");
  });
});
