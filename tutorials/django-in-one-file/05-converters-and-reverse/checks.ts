import { it } from "onefile/test";

it("/hello/Ada/ says Hello, Ada!", async ({ client, expect }) => {
  const response = await client.get("/hello/Ada/");
  expect(response).toHaveStatus(200);
  expect(response).toContainText("Hello, Ada!");
});

it("the greeting extends base.html, so it has the menu", async ({ client, expect }) => {
  expect((await client.get("/hello/Grace/")).templates).toContain("base.html");
});

it("the pattern is named hello: reverse('hello', { name: 'Grace' }) gives /hello/Grace/", ({ app, expect }) => {
  expect(app.reverse("hello", { name: "Grace" })).toBe("/hello/Grace/");
});

it("the home page links to /hello/Ada/", async ({ client, expect }) => {
  expect((await client.get("/")).content).toMatch(/href="\/hello\/Ada\/"/);
});
