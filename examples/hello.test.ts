// examples/hello.test.ts — testing a project with the test client
import { describe, expect, it } from "vitest";
import { Client } from "onefile";
import app from "./hello.ts";

describe("hello", () => {
  const client = new Client(app);

  it("greets the world from a template", async () => {
    const response = await client.get("/");
    expect(response.status).toBe(200);
    expect(response.templates).toContain("index.html");
    expect(response.context?.name).toBe("world");
  });

  it("says hello to a number, and adds the missing slash", async () => {
    expect((await client.get("/hello/7/")).content).toBe("Hello, 7");
    const response = await client.get("/hello/7", undefined, { follow: true });
    expect(response.redirectChain).toEqual([["/hello/7/", 301]]);
  });
});
