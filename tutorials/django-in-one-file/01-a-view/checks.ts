import { it } from "onefile/test";

it("the home page (the empty path) answers", async ({ client, expect }) => {
  expect(await client.get("/")).toHaveStatus(200);
});

it("the home page says Hello, world", async ({ client, expect }) => {
  expect(await client.get("/")).toContainText("Hello, world");
});
