/** A position in a source file (1-based). */
export interface SourceLocation {
    /** As the stack names it: a path, a `file:` URL, or "app.ts" in the sandbox. */
    file: string;
    line: number;
    column: number | null;
}
/**
 * The user's frame nearest the throw: preferably one in the file that declared the test (so a
 * helper in another module is reported where the test called it), else any frame outside the
 * framework and its dependencies. Null when the stack has none (a non-Error was thrown).
 *
 * @example
 * ```ts
 * failureLocation(error, test.declaredAt); // → { file: "file:///site/app.ts", line: 42, column: 5 }
 * ```
 */
export declare function failureLocation(error: unknown, declaredAt?: Error): SourceLocation | null;
/**
 * Where a test was declared: the first user frame of the Error made by the declaration.
 *
 * @example
 * ```ts
 * declarationLocation(test.declaredAt); // → { file: "app.ts", line: 30, column: 5 }
 * ```
 */
export declare function declarationLocation(declaredAt: Error): SourceLocation | null;
