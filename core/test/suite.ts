/**
 * `describe`/`it` for a project that grows out of its single file: tests in `app.test.ts` or
 * `tests/*.test.ts`, written in the shape Vitest and Jest use, run by `onefile test` with the same
 * runner, client and assertions as in-file tests.
 *
 * The functions add to whichever collection `collectTests` has open. It is kept on `globalThis`
 * under a registered symbol, because a project's test files may import a different copy of this
 * module (say the compiled package) than the command line does.
 */
import type { TestCase, TestContext, TestFunction } from "./case.ts";
import { makeTestCase } from "./case.ts";

type Hook = (context: TestContext) => void | Promise<void>;

interface Block {
  name: string;
  beforeEach: Hook[];
  afterEach: Hook[];
}

interface Collection {
  tests: TestCase[];
  blocks: Block[];
}

const OPEN = Symbol.for("onefile.test.collection");
type Holder = { [OPEN]?: Collection };

function open(what: string): Collection {
  const collection = (globalThis as Holder)[OPEN];
  if (!collection) {
    throw new Error(`${what} from "onefile/test" declares a test for "onefile test", which runs it; this file was loaded some other way.`);
  }
  return collection;
}

/**
 * Groups tests under a name; hooks declared inside apply to its tests only.
 *
 * @example
 * ```ts
 * describe("the todo API", () => {
 *   it("lists todos", async ({ client, expect }) => {
 *     expect(await client.get("/api/todos/")).toHaveStatus(200);
 *   });
 * });
 * ```
 */
export function describe(name: string, body: () => void): void {
  const collection = open("describe()");
  collection.blocks.push({ name, beforeEach: [], afterEach: [] });
  try {
    body();
  } finally {
    collection.blocks.pop();
  }
}

/**
 * Declares one test; its function gets `{ client, expect, app }` for the app under test.
 *
 * @example
 * ```ts
 * it("creates a todo", async ({ client, expect }) => {
 *   const response = await client.post("/api/todos/", { title: "Write" }, { contentType: "application/json" });
 *   expect(response).toHaveStatus(201);
 * });
 * ```
 */
export function it(name: string, fn: TestFunction): void {
  const collection = open("it()");
  const blocks = [...collection.blocks];
  const befores = blocks.flatMap((block) => block.beforeEach);
  const afters = blocks.flatMap((block) => block.afterEach).reverse();
  const fullName = [...blocks.map((block) => block.name), name].filter(Boolean).join(" > ");
  const wrapped: TestFunction = async (context) => {
    for (const hook of befores) await hook(context);
    try {
      await fn(context);
    } finally {
      for (const hook of afters) await hook(context);
    }
  };
  collection.tests.push(makeTestCase(fullName, befores.length || afters.length ? wrapped : fn, collection.tests));
}

/** Another name for {@link it}. */
export const test = it;

/**
 * Runs before each test of the enclosing `describe` (or of the file, at top level).
 *
 * @example
 * ```ts
 * beforeEach(async ({ client }) => { await client.post("/login/", { name: "ada" }); });
 * ```
 */
export function beforeEach(hook: Hook): void {
  currentBlock("beforeEach()").beforeEach.push(hook);
}

/** Runs after each test of the enclosing `describe`, even a failed one. */
export function afterEach(hook: Hook): void {
  currentBlock("afterEach()").afterEach.push(hook);
}

function currentBlock(what: string): Block {
  // Top-level hooks go to the root block, which every test of the file sees.
  return open(what).blocks.at(-1)!;
}

/**
 * Opens a collection, runs `load` (which imports one test file), and returns the tests it
 * declared. Hooks at the top of a file apply to that file's tests only, so collect file by file.
 *
 * @example
 * ```ts
 * const tests = await collectTests(() => import("./tests/api.test.ts"));
 * ```
 */
export async function collectTests(load: () => Promise<unknown>): Promise<TestCase[]> {
  const holder = globalThis as Holder;
  if (holder[OPEN]) throw new Error("collectTests() is already collecting; collect one set of files at a time.");
  const root: Block = { name: "", beforeEach: [], afterEach: [] };
  const collection: Collection = { tests: [], blocks: [root] };
  holder[OPEN] = collection;
  try {
    await load();
  } finally {
    delete holder[OPEN];
  }
  return collection.tests;
}
