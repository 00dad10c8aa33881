/**
 * Checks a declaration and returns the test it declares.
 *
 * @example
 * ```ts
 * const test = makeTestCase("home page", async ({ client, expect }) => { … }, existing);
 * ```
 * @throws TypeError when the name is empty, the function is missing, or the name is taken.
 */
export function makeTestCase(name, fn, existing) {
    if (typeof name !== "string" || name.trim() === "") {
        throw new TypeError('A test needs a name: app.test("the home page says hello", async ({ client, expect }) => { … }).');
    }
    if (typeof fn !== "function") {
        throw new TypeError(`The test "${name}" needs a function: app.test("${name}", async ({ client, expect }) => { … }).`);
    }
    if (existing.some((test) => test.name === name)) {
        throw new TypeError(`There is already a test named "${name}"; give each test its own name so failures say which one.`);
    }
    return { name, fn, declaredAt: new Error("declared here") };
}
