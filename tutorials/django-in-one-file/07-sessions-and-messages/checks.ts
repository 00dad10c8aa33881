import { it } from "onefile/test";

it("after signing, the next page thanks you by name", async ({ client, expect }) => {
  const response = await client.post("/sign/", { name: "Ada", message: "Hello again" }, { follow: true });
  expect(response).toContainText("Thanks for signing, Ada!");
});

it("the thanks shows only once", async ({ client, expect }) => {
  await client.post("/sign/", { name: "Ada", message: "Hello again" }, { follow: true });
  expect(await client.get("/")).not.toContainText("Thanks for signing");
});

it("the home page remembers the name: Welcome back, Ada!", async ({ client, expect }) => {
  await client.post("/sign/", { name: "Ada", message: "Hello again" });
  expect(await client.get("/")).toContainText("Welcome back, Ada!");
});

it("a new visitor is not welcomed back", async ({ client, expect }) => {
  expect(await client.get("/")).not.toContainText("Welcome back");
});
