import { describe as vitestDescribe, expect, it as vitestIt } from "vitest";
import { App, path } from "../index.ts";
import { runTests } from "./runner.ts";
import { afterEach, beforeEach, collectTests, describe, it, test } from "./suite.ts";

vitestDescribe("describe/it for tests outside the file", () => {
  vitestIt("collects nested names, and runs hooks outer first before and inner first after", async () => {
    const events: string[] = [];
    const tests = await collectTests(async () => {
      beforeEach(() => void events.push("file before"));
      afterEach(() => void events.push("file after"));
      describe("todos", () => {
        beforeEach(() => void events.push("todos before"));
        afterEach(() => void events.push("todos after"));
        it("list", async ({ client, expect }) => {
          events.push("list");
          expect(await client.get("/")).toHaveStatus(200);
        });
        describe("edit", () => {
          test("rename", () => void events.push("rename"));
        });
      });
      it("top", () => void events.push("top"));
    });
    expect(tests.map((t) => t.name)).toEqual(["todos > list", "todos > edit > rename", "top"]);
    const app = new App({ DEBUG: true });
    app.urlpatterns = [path("", () => "ok")];
    const run = await runTests(app, {}, tests);
    expect(run.passed).toBe(3);
    expect(events).toEqual([
      "file before", "todos before", "list", "todos after", "file after",
      "file before", "todos before", "rename", "todos after", "file after",
      "file before", "top", "file after",
    ]);
  });

  vitestIt("after-each hooks run when the test fails", async () => {
    let cleaned = false;
    const tests = await collectTests(async () => {
      afterEach(() => void (cleaned = true));
      it("fails", ({ expect }) => expect(1).toBe(2));
    });
    const run = await runTests(new App({ DEBUG: true }), {}, tests);
    expect([run.failures, cleaned]).toEqual([1, true]);
  });

  vitestIt("refuses to declare outside a collection, and one collection at a time", async () => {
    expect(() => it("loose", () => {})).toThrow('it() from "onefile/test" declares a test for "onefile test"');
    expect(() => describe("loose", () => {})).toThrow("describe()");
    await expect(collectTests(() => collectTests(async () => {}))).rejects.toThrow("already collecting");
    // The failed nested call left the outer collection closed again.
    expect(() => beforeEach(() => {})).toThrow("beforeEach()");
  });

  vitestIt("a file that throws while loading closes the collection and passes the error on", async () => {
    await expect(collectTests(async () => { throw new SyntaxError("bad file"); })).rejects.toThrow("bad file");
    expect(await collectTests(async () => it("fine", () => {}))).toHaveLength(1);
  });
});
