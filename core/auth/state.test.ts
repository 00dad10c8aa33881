import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../cli/db/open.ts";
import { App } from "../app.ts";
import { runTests } from "../test/runner.ts";
import { path } from "../urls/index.ts";
import { PBKDF2PasswordHasher } from "./pbkdf2.ts";

/** The code of the `@example` in the TSDoc right above `marker` in a source file. */
function tsdocExample(file: URL, marker: string): string {
  const source = readFileSync(file, "utf8");
  const doc = source.slice(source.lastIndexOf("/**", source.indexOf(marker)), source.indexOf(marker));
  const code = /@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/.exec(doc)?.[1];
  if (code === undefined) throw new Error(`No @example with a ts block above "${marker}".`);
  return code.replace(/^\s*\* ?/gm, "");
}

describe("app.auth", () => {
  it("its TSDoc example runs as written: a user made with app.auth logs in to the admin", async () => {
    const example = tsdocExample(new URL("../app.ts", import.meta.url), "get auth(): AppAuth");
    expect(example).toContain("app.auth");
    // A quick hasher: the default one takes about a second on purpose.
    const app = new App({ DEBUG: true, PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 1000 })] });
    const javascript = ts.transpileModule(example, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    new Function("app", "path", javascript)(app, path);
    const run = await runTests(app, { setup: [async () => (await useTestDatabase(app), () => app.db.close())] });
    expect(run.results.map((result) => [result.name, result.outcome, result.failure?.message])).toEqual([["ada can log in to the admin", "pass", undefined]]);
  });
});
