import { describeError } from "../debug/traceback.js";
import { Client } from "./client.js";
import { AssertionFailure, expect } from "./expect.js";
import { declarationLocation, failureLocation } from "./locate.js";
/**
 * Runs `tests` (default: the app's own, `app.tests`) in declaration order and returns every result.
 * Never throws for a failing test; a set-up that throws fails the test it was setting up.
 *
 * @example
 * ```ts
 * const run = await runTests(app, { patterns: ["login"] });
 * run.failures; // 0
 * run.results[0]; // { name: "login redirects", outcome: "pass", ms: 3.2, declared: {…} }
 * ```
 */
export async function runTests(app, options = {}, tests = app.tests) {
    const started = performance.now();
    const selected = tests.filter((test) => matchesAny(test.name, options.patterns ?? []));
    const results = [];
    for (const test of selected) {
        const result = await runOne(app, test, options);
        results.push(result);
        options.onResult?.(result);
    }
    return {
        results,
        ms: performance.now() - started,
        passed: results.filter((r) => r.outcome === "pass").length,
        failures: results.filter((r) => r.outcome === "fail").length,
        errors: results.filter((r) => r.outcome === "error").length,
    };
}
async function runOne(app, test, options) {
    const started = performance.now();
    const logged = [];
    const logError = app.logError;
    // A view that raises becomes a 500 the test may well expect; its traceback is kept for the
    // report of a failing test instead of being printed in the middle of the dots.
    app.logError = (error) => logged.push(error);
    const teardowns = [];
    let thrown = null;
    let failed = false;
    try {
        for (const setup of options.setup ?? []) {
            const teardown = await setup(app);
            if (typeof teardown === "function")
                teardowns.unshift(teardown);
        }
        await withTimeout(Promise.resolve().then(() => test.fn({ client: new Client(app), expect, app })), options.timeout ?? 5000, test.name);
    }
    catch (error) {
        [thrown, failed] = [error, true];
    }
    for (const teardown of teardowns) {
        try {
            await teardown();
        }
        catch (error) {
            if (!failed)
                [thrown, failed] = [error, true];
        }
    }
    app.logError = logError;
    const result = { name: test.name, outcome: "pass", ms: performance.now() - started, declared: declarationLocation(test.declaredAt) };
    if (failed) {
        result.outcome = thrown instanceof AssertionFailure ? "fail" : "error";
        result.failure = describeFailure(thrown, test, logged);
    }
    return result;
}
function describeFailure(error, test, logged) {
    const described = describeError(error);
    const failure = {
        message: error instanceof AssertionFailure ? error.message : `${described.type}: ${described.message}`,
        location: failureLocation(error, test.declaredAt),
        stack: described.stack,
        serverErrors: logged.map((e) => {
            const d = describeError(e);
            return { message: `${d.type}: ${d.message}`, location: failureLocation(e, test.declaredAt) };
        }),
    };
    if (error instanceof AssertionFailure)
        [failure.got, failure.want] = [error.got, error.want];
    return failure;
}
/** A test that never settles (an await on something that never comes) fails instead of hanging the run. */
function withTimeout(promise, ms, name) {
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TestTimeout(`The test "${name}" did not finish within ${ms / 1000} s: is it awaiting something that never happens?`)), ms);
    });
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
/** A test that ran out of time. */
export class TestTimeout extends Error {
    name = "TestTimeout";
}
/**
 * Django's (unittest's) `-k`: a pattern with `*` is a wildcard match of the whole name; any other
 * pattern matches as a case-sensitive substring.
 *
 * @example
 * ```ts
 * matchesPattern("login redirects home", "redirect");  // true
 * matchesPattern("login redirects home", "login*home"); // true
 * matchesPattern("login redirects home", "Login");      // false
 * ```
 */
export function matchesPattern(name, pattern) {
    if (!pattern.includes("*"))
        return name.includes(pattern);
    const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${source}$`, "s").test(name);
}
function matchesAny(name, patterns) {
    return patterns.length === 0 || patterns.some((pattern) => matchesPattern(name, pattern));
}
