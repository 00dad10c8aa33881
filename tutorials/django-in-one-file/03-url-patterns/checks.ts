import { it } from "onefile/test";

it("/about/ answers with a page that says About", async ({ client, expect }) => {
  const response = await client.get("/about/");
  expect(response).toHaveStatus(200);
  expect(response).toContainText("About");
});

it("the about page is named about", ({ app, expect }) => {
  expect(app.reverse("about")).toBe("/about/");
});

it("the home page is named index", ({ app, expect }) => {
  expect(app.reverse("index")).toBe("/");
});

it("/about, without the slash, redirects to /about/", async ({ client, expect }) => {
  expect(await client.get("/about")).toRedirectTo("/about/");
});
