/**
 * What a declared test is: a name, a function, and where it was declared. Declaring one only
 * stores it, so a file full of `app.test(...)` serves requests exactly as fast as one without.
 */
import type { App } from "../app.ts";
import type { Client } from "./client.ts";
import type { Expect } from "./expect.ts";
/** What a test function receives. */
export interface TestContext {
    /** A fresh test `Client` for the app under test (its own cookies). */
    client: Client;
    /** The assertions; failures report what they got and what they wanted. */
    expect: Expect;
    /** The app under test. */
    app: App;
}
/** The body of a test: it passes when it returns (or resolves) without throwing. */
export type TestFunction = (context: TestContext) => void | Promise<void>;
/** One declared test. */
export interface TestCase {
    readonly name: string;
    readonly fn: TestFunction;
    /**
     * An Error made where the test was declared. Its stack is read only when a test fails (V8
     * formats stacks lazily), to find the user's file and the declaration's line.
     */
    readonly declaredAt: Error;
}
/**
 * Checks a declaration and returns the test it declares.
 *
 * @example
 * ```ts
 * const test = makeTestCase("home page", async ({ client, expect }) => { … }, existing);
 * ```
 * @throws TypeError when the name is empty, the function is missing, or the name is taken.
 */
export declare function makeTestCase(name: string, fn: TestFunction, existing: readonly TestCase[]): TestCase;
