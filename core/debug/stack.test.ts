import { describe, expect, test } from "vitest";
import { isFrameworkFrame, parseStack } from "./stack.ts";

describe("parseStack: V8", () => {
  test("named, anonymous, async, constructor and alias frames", () => {
    const frames = parseStack(
      [
        "TypeError: boom",
        "    at index (file:///home/ann/hello.ts:12:5)",
        "    at file:///home/ann/hello.ts:40:1",
        "    at async handle (file:///home/ann/node_modules/onefile/core/handler.ts:88:20)",
        "    at new Foo (file:///home/ann/hello.ts:3:11)",
        "    at Object.meth [as alias] (/home/ann/x.js:7:2)",
        "    at async file:///home/ann/hello.ts:50:3",
      ].join("\n"),
    );
    expect(frames.map((f) => [f.functionName, f.fileName, f.line, f.column, f.isAsync])).toEqual([
      ["index", "file:///home/ann/hello.ts", 12, 5, false],
      [null, "file:///home/ann/hello.ts", 40, 1, false],
      ["handle", "file:///home/ann/node_modules/onefile/core/handler.ts", 88, 20, true],
      ["new Foo", "file:///home/ann/hello.ts", 3, 11, false],
      ["Object.meth [as alias]", "/home/ann/x.js", 7, 2, false],
      [null, "file:///home/ann/hello.ts", 50, 3, true],
    ]);
    expect(frames[0]!.raw).toBe("at index (file:///home/ann/hello.ts:12:5)");
  });

  test("eval frames keep the position inside the evaluated code and the origin", () => {
    const [direct, nested] = parseStack(
      [
        "Error: x",
        "    at eval (eval at run (file:///w/worker.js:10:3), <anonymous>:3:7)",
        "    at q (eval at outer (eval at run (file:///w/worker.js:10:3), <anonymous>:1:1), <anonymous>:4:9)",
      ].join("\n"),
    );
    expect(direct).toMatchObject({ functionName: "eval", fileName: "<anonymous>", line: 3, column: 7, evalOrigin: "eval at run (file:///w/worker.js:10:3)" });
    expect(nested).toMatchObject({ functionName: "q", fileName: "<anonymous>", line: 4, column: 9 });
    expect(nested!.evalOrigin).toBe("eval at outer (eval at run (file:///w/worker.js:10:3), <anonymous>:1:1)");
  });

  test("native frames, blob: and http: URLs, Windows paths", () => {
    const frames = parseStack(
      [
        "Error: x",
        "    at Array.map (<anonymous>)",
        "    at async Promise.all (index 0)",
        "    at <anonymous>",
        "    at view (blob:http://localhost:5173/6c1e-44ab:9:14)",
        "    at http://localhost:5173/preview/user.js?t=1:2:3",
        "    at view (C:\\Users\\ann\\hello.ts:4:2)",
        "    at native",
      ].join("\n"),
    );
    expect(frames[0]).toMatchObject({ functionName: "Array.map", fileName: null, isNative: true });
    expect(frames[1]).toMatchObject({ functionName: "Promise.all", isAsync: true, isNative: true });
    expect(frames[2]).toMatchObject({ functionName: null, fileName: null, isNative: true });
    expect(frames[3]).toMatchObject({ fileName: "blob:http://localhost:5173/6c1e-44ab", line: 9, column: 14 });
    expect(frames[4]).toMatchObject({ fileName: "http://localhost:5173/preview/user.js?t=1", line: 2, column: 3 });
    expect(frames[5]).toMatchObject({ fileName: "C:\\Users\\ann\\hello.ts", line: 4, column: 2 });
    expect(frames[6]).toMatchObject({ isNative: true, fileName: null });
  });

  test("a message containing @ or 'at' text does not become a frame", () => {
    const frames = parseStack("Error: mail ann@example.com:1:2 failed\nsecond line at noon\n    at f (a.js:1:2)");
    expect(frames).toHaveLength(1);
    expect(frames[0]!.fileName).toBe("a.js");
  });

  test("a real error from new Function with a sourceURL names that file", () => {
    const fn = new Function("function inner() { throw new TypeError('boom'); }\nreturn inner();\n//# sourceURL=app.ts");
    let stack = "";
    try {
      fn();
    } catch (error) {
      stack = (error as Error).stack!;
    }
    const frames = parseStack(stack);
    // new Function adds a two-line header ("function anonymous(\n) {"), so the body starts at line 3.
    expect(frames[0]).toMatchObject({ functionName: "inner", fileName: "app.ts", line: 3 });
    expect(frames[1]).toMatchObject({ fileName: "app.ts", line: 4 });
  });
});

describe("parseStack: Firefox and Safari", () => {
  test("name@url:line:col, anonymous, eval and native frames", () => {
    const frames = parseStack(
      [
        "index@http://localhost:5173/preview/abc/app.js:12:5",
        "@blob:http://localhost:5173/1f2e:3:1",
        "run/<@http://x/worker.js line 2 > eval:3:7",
        "make@http://x/worker.js line 9 > Function:1:20",
        "global code@http://x/app.js:1:1",
        "[native code]",
        "",
      ].join("\n"),
    );
    expect(frames.map((f) => [f.functionName, f.fileName, f.line, f.column])).toEqual([
      ["index", "http://localhost:5173/preview/abc/app.js", 12, 5],
      [null, "blob:http://localhost:5173/1f2e", 3, 1],
      ["run/<", "<anonymous>", 3, 7],
      ["make", "<anonymous>", 1, 20],
      ["global code", "http://x/app.js", 1, 1],
      [null, null, null, null],
    ]);
    expect(frames[2]!.evalOrigin).toBe("eval at http://x/worker.js:2");
    expect(frames[5]!.isNative).toBe(true);
  });

  test("unrecognised text gives no frames rather than an exception", () => {
    expect(parseStack("")).toEqual([]);
    expect(parseStack("just a message")).toEqual([]);
    expect(parseStack(undefined as unknown as string)).toEqual([]);
  });
});

describe("isFrameworkFrame", () => {
  const frame = (line: string) => parseStack(`Error\n    at ${line}`)[0]!;

  test("dependencies, Node internals and native code are framework; the user's file is not", () => {
    expect(isFrameworkFrame(frame("x (file:///p/node_modules/nunjucks/index.js:1:1)"))).toBe(true);
    expect(isFrameworkFrame(frame("process.processTicksAndRejections (node:internal/process/task_queues:95:5)"))).toBe(true);
    expect(isFrameworkFrame(frame("Array.map (<anonymous>)"))).toBe(true);
    expect(isFrameworkFrame(frame("index (file:///home/ann/hello.ts:9:3)"))).toBe(false);
    expect(isFrameworkFrame(frame("eval (app.ts:3:1)"))).toBe(false);
  });

  test("onefile's own core/ files are framework, found from a real stack", () => {
    const here = parseStack(new Error().stack!)[0]!;
    expect(here.fileName).toMatch(/core\/debug\/stack\.test\.ts$/);
    expect(isFrameworkFrame(here)).toBe(true);
    const sibling = { ...here, fileName: here.fileName!.replace(/debug\/stack\.test\.ts$/, "urls/resolver.ts") };
    expect(isFrameworkFrame(sibling)).toBe(true);
    const outside = { ...here, fileName: here.fileName!.replace(/core\/debug\/stack\.test\.ts$/, "examples/hello.ts") };
    expect(isFrameworkFrame(outside)).toBe(false);
  });
});
