/** A failed assertion: `got` and `want` are already readable text. */
export declare class AssertionFailure extends Error {
    readonly got: string;
    readonly want: string;
    name: string;
    constructor(message: string, got: string, want: string);
}
/** The assertions on one value. Each throws an `AssertionFailure` when it does not hold. */
export interface Matchers {
    /** Same value (`Object.is`): numbers, strings, booleans, the same object. */
    toBe(want: unknown): void;
    /** Same structure: arrays, plain objects, Maps, Sets and Dates compared deeply. */
    toEqual(want: unknown): void;
    /** A string containing a substring, or an array containing an item (`Object.is`). */
    toContain(item: unknown): void;
    /** A string matching a regular expression (or containing a string). */
    toMatch(pattern: RegExp | string): void;
    /** Any value that is true in an `if`. */
    toBeTruthy(): void;
    /** A response with this status code. */
    toHaveStatus(status: number): void;
    /** A redirect (3xx) whose Location is this URL, as Django's `assertRedirects` (without following it). */
    toRedirectTo(url: string): void;
    /** A response (or HTML string) whose visible text contains this text; tags and spacing are ignored. */
    toContainText(text: string): void;
}
/** `expect(value)`: the matchers, and `.not` for their negation. */
export interface Assertion extends Matchers {
    readonly not: Matchers;
}
/** The `expect` function's type, as tests receive it. */
export type Expect = (value: unknown) => Assertion;
/**
 * Starts an assertion about `value`.
 *
 * @example
 * ```ts
 * app.test("the index greets", async ({ client, expect }) => {
 *   const response = await client.get("/");
 *   expect(response).toHaveStatus(200);
 *   expect(response).toContainText("Hello, world");
 *   expect(response.context?.name).toBe("world");
 *   expect(await client.get("/old/")).toRedirectTo("/new/");
 *   expect([1, 2]).not.toContain(3);
 * });
 * ```
 */
export declare const expect: Expect;
