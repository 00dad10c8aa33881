import { it, runTests } from "onefile/test";

it("DEBUG is off", ({ app, expect }) => {
  expect(app.settings.DEBUG).toBe(false);
});

it("a missing page says Not Found and shows none of your URL patterns", async ({ client, expect }) => {
  const response = await client.get("/no-such-page/");
  expect(response).toHaveStatus(404);
  expect(response).not.toContainText("URL patterns");
  expect(response).not.toContainText("hello/<str:name>/");
});

it("the site still answers", async ({ client, expect }) => {
  expect(await client.get("/")).toContainText("Hello, world");
});

it("your tests still pass", async ({ app, expect }) => {
  const run = await runTests(app);
  expect(run.results.filter((result) => result.outcome !== "pass").map((result) => result.name)).toEqual([]);
});
