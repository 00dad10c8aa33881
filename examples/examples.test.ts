import { describe, expect, it } from "vitest";
import { Client } from "onefile";
import hello from "./hello.ts";
import templates from "./templates.ts";
import urls from "./urls.ts";
import api from "./api.ts";

describe("examples/hello.ts", () => {
  const client = new Client(hello);
  it("renders the index through template inheritance with a url() link", async () => {
    const response = await client.get("/");
    expect(response.status).toBe(200);
    expect(response.content).toContain("<h1>Hello, world</h1>");
    expect(response.content).toContain('<a href="/hello/7/">seven</a>');
    expect(response.templates).toEqual(expect.arrayContaining(["index.html", "base.html"]));
  });
  it("answers the int route, and APPEND_SLASH redirects", async () => {
    expect((await client.get("/hello/7/")).content).toBe("Hello, 7");
    const redirected = await client.get("/hello/7");
    expect(redirected.status).toBe(301);
    expect(redirected.url).toBe("/hello/7/");
    expect((await client.get("/hello/seven/")).status).toBe(404);
  });
});

describe("examples/templates.ts", () => {
  it("loops, cycles and escapes", async () => {
    const response = await new Client(templates).get("/");
    expect(response.content).toContain("<title>3 books</title>");
    expect(response.content).toContain('<li class="odd">The Pragmatic Programmer <small>by Hunt &amp; Thomas</small></li>');
    expect(response.content).toContain('<li class="even">Structure and Interpretation');
    expect(response.content).toContain("&lt;script&gt;alert(&#39;not a book&#39;)&lt;/script&gt;");
    expect(response.content).not.toContain("<script>");
    expect(response.content).toContain("&lt;b&gt;not bold&lt;/b&gt;");
    expect(response.content).toContain("<em>emphasised</em>");
    expect(response.content).toContain('<a href="/">Books</a>');
  });
});

describe("examples/urls.ts", () => {
  const client = new Client(urls);
  it("resolves converters inside an include with a namespace", async () => {
    const post = await client.get("/blog/1/hello-world/");
    expect(post.content).toBe('<h1>Hello, world</h1><a href="/blog/2024/">2024</a>');
    expect(post.response.status).toBe(200);
    expect((await client.get("/blog/2025/")).content).toBe("Posts from 2025: A second post");
  });
  it("redirects by name, permanently for a wrong slug", async () => {
    const wrong = await client.get("/blog/2/old-slug/");
    expect(wrong.status).toBe(301);
    expect(wrong.url).toBe("/blog/2/second-post/");
    const home = await client.get("/", undefined, { follow: true });
    expect(home.redirectChain).toEqual([["/blog/2024/", 302]]);
    expect(home.content).toBe("Posts from 2024: Hello, world");
  });
  it("matches path converters and rePath, and 404s unknown ids", async () => {
    expect((await client.get("/files/docs/a/b.txt")).content).toBe("You asked for the file docs/a/b.txt");
    const legacy = await client.get("/legacy/1.html");
    expect(legacy.url).toBe("/blog/1/hello-world/");
    const missing = await client.get("/blog/99/x/");
    expect(missing.status).toBe(404);
    expect(missing.content).toContain("No post with id 99");
    expect(urls.reverse("blog:archive", { year: 7 })).toBe("/blog/0007/");
  });
});

describe("examples/api.ts", () => {
  const client = new Client(api);
  it("creates, reads, updates and deletes todos", async () => {
    const created = await client.post("/api/todos/", { title: " Write docs " }, { contentType: "application/json" });
    expect(created.status).toBe(201);
    const todo = created.json();
    expect(todo).toEqual({ id: expect.any(Number), title: "Write docs", done: false });
    expect(created.headers.get("location")).toBe(`/api/todos/${todo.id}/`);
    expect((await client.get("/api/todos/")).json().todos).toContainEqual(todo);
    const updated = await client.put(`/api/todos/${todo.id}/`, { title: "Write docs", done: true }, { contentType: "application/json" });
    expect(updated.json().done).toBe(true);
    expect((await client.delete(`/api/todos/${todo.id}/`)).json()).toEqual({ deleted: todo.id });
    expect((await client.get(`/api/todos/${todo.id}/`)).status).toBe(404);
  });
  it("is exempt from CSRF, like an API used by scripts", async () => {
    const response = await api.fetch(
      new Request("http://localhost/api/todos/", { method: "POST", body: JSON.stringify({ title: "from curl" }), headers: { Origin: "http://localhost" } }),
    );
    expect(response.status).toBe(201);
  });
  it("answers bad input with 400 and unknown methods with 405", async () => {
    const bad = await client.post("/api/todos/", { title: "" }, { contentType: "application/json" });
    expect(bad.status).toBe(400);
    expect(bad.content).toContain("title must be a non-empty string");
    expect((await client.post("/api/todos/", "{not json", { contentType: "application/json" })).status).toBe(400);
    expect((await client.patch("/api/todos/1/")).status).toBe(405);
  });
});
