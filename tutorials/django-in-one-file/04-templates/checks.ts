import { it } from "onefile/test";

it("the home page renders index.html, which extends base.html", async ({ client, expect }) => {
  const { templates } = await client.get("/");
  expect(templates).toContain("index.html");
  expect(templates).toContain("base.html");
});

it("the about page renders about.html, which extends base.html", async ({ client, expect }) => {
  const { templates } = await client.get("/about/");
  expect(templates).toContain("about.html");
  expect(templates).toContain("base.html");
});

it("every page has the menu, linking to the home page and the about page", async ({ client, expect }) => {
  for (const page of ["/", "/about/"]) {
    const { content } = await client.get(page);
    expect(content).toMatch(/href="\/"/);
    expect(content).toMatch(/href="\/about\/"/);
  }
});

it("the pages keep their words: Hello, world and About", async ({ client, expect }) => {
  expect(await client.get("/")).toContainText("Hello, world");
  expect(await client.get("/about/")).toContainText("About");
});
