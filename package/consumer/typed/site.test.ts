// The user's tests, run by Vitest against the installed package: the test client from
// "onefile/test", a fresh SQLite database per test from "onefile/node", and the site served
// by a real Node server (server.ts).
import { beforeEach, expect, test } from "vitest";
import { Client } from "onefile/test";
import { useTestDatabase } from "onefile/node";
import app, { Note } from "./site.ts";
import { start } from "./server.ts";

test("the test client renders the template and reverses URLs", async () => {
  const client = new Client(app);
  const page = await client.get("/", { name: "Ada" });
  expect(page.status).toBe(200);
  expect(page.content).toBe("<h1>Hello, Ada</h1>");
  expect(page.templates).toContain("hello.html");
  expect((await client.get(app.reverse("item", { id: 3 }))).json()).toEqual({ id: 3, method: "GET" });
});

beforeEach(() => useTestDatabase(app));

test("models read and write the test database", async () => {
  await Note.objects.create({ text: "milk", pinned: true });
  await Note.objects.create({ text: "bread" });
  expect(await Note.objects.count()).toBe(2);
  expect((await new Client(app).get("/notes/")).json()).toEqual({ pinned: ["milk"] });
});

test("onefile/node serves the site on 127.0.0.1", async () => {
  const { url, stop } = await start();
  try {
    const response = await fetch(`${url}/text/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe("plain");
  } finally {
    await stop();
  }
});
