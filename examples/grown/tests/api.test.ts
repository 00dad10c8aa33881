// examples/grown/tests/api.test.ts — tests in their own folder, shaped as in Vitest or Jest
import { describe, it, beforeEach } from "onefile/test";

describe("adding todos", () => {
  beforeEach(async ({ client }) => {
    await client.post("/todos/", { title: "Write the tests" });
  });

  it("lists what was added", async ({ client, expect }) => {
    const { todos } = (await client.get("/todos/")).json();
    expect(todos).toContain("Write the tests");
  });

  it("trims the title", async ({ client, expect }) => {
    await client.post("/todos/", { title: "  Ship it  " });
    expect((await client.get("/todos/")).json().todos).toContain("Ship it");
  });
});
