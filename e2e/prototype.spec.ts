// e2e/prototype.spec.ts
import { readFileSync } from "node:fs";
import { expect, test } from "onefile/playwright";

const hello = readFileSync(new URL("../examples/hello.ts", import.meta.url), "utf8");

test("the prototype greets, and its link leads to seven", async ({ sandbox }) => {
  const preview = await sandbox.open(hello);
  await expect(preview.locator("h1")).toHaveText("Hello, world");
  await preview.getByRole("link", { name: "seven" }).click();
  await expect(preview.locator("body")).toHaveText("Hello, 7");
});

test("a page of the prototype opens by its path, and the code can change", async ({ sandbox }) => {
  const preview = await sandbox.open(hello, { path: "/hello/42/", view: "app" });
  await expect(preview.locator("body")).toHaveText("Hello, 42");
  await sandbox.page.evaluate((code) => window.sandbox.setSource(code), hello.replace("Hello, ${id}", "Hi, ${id}"));
  await expect(preview.locator("body")).toHaveText("Hi, 42");
});
