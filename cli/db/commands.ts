/**
 * The database commands: `makemigrations`, `migrate` and `dbshell`. Each returns its exit code
 * and writes to the streams it is given, so tests read what a user would see.
 */
import { spawn } from "node:child_process";
import type { App } from "../../core/app.ts";
import { appliedMigrations, applyOperations, readRecorded, recordMigration } from "../../core/db/schema/editor.ts";
import { nextMigration, pendingOperations } from "../../core/db/schema/migrations.ts";
import { describeOperation } from "../../core/db/schema/operations.ts";
import { applyAdditive, planSchema, refusalMessage } from "../../core/db/schema/sync.ts";
import type { ParsedArgs } from "../args.ts";
import { consoleOutput, type Output } from "../commands.ts";
import { describeLoadError, formatForTerminal } from "../load-error.ts";
import { displayPath, loadApp, resolveAppFile } from "../load.ts";
import { readMigrations, writeMigration } from "./migration-files.ts";
import { attachDatabase, databaseTarget } from "./open.ts";
import { migrateCommand } from "./startup.ts";
import { DatabaseOpenError } from "./values.ts";

async function load(args: Pick<ParsedArgs, "file">, output: Output): Promise<{ app: App; file: string } | null> {
  try {
    const file = resolveAppFile(args.file);
    const app = await loadApp(file);
    app.db.models.ready();
    return { app, file };
  } catch (error) {
    output.err(formatForTerminal(describeLoadError(error)));
    return null;
  }
}

/**
 * `onefile makemigrations [file]`: writes the next migration, or says there are no changes.
 *
 * @example
 * ```ts
 * await makemigrations({ file: "polls.ts" }); // Migrations for 'polls': migrations/0001_initial.json
 * ```
 */
export async function makemigrations(args: Pick<ParsedArgs, "file">, output: Output = consoleOutput): Promise<number> {
  const loaded = await load(args, output);
  if (!loaded) return 1;
  const { app, file } = loaded;
  if (app.db.models.size === 0) {
    output.out("No changes detected: the file declares no models.");
    return 0;
  }
  const next = nextMigration(readMigrations(file), app.db.models.schema());
  if (!next) {
    output.out("No changes detected");
    return 0;
  }
  const path = writeMigration(file, next.migration);
  output.out(`Migrations for '${app.db.models.appLabel()}':\n  ${displayPath(path)}`);
  for (const change of next.changes) output.out(`    - ${change.description}${change.destructive ? ` (${change.destructive})` : ""}`);
  return 0;
}

/**
 * `onefile migrate [file]`: applies the unapplied migrations; without migrations, syncs the schema.
 *
 * @example
 * ```ts
 * await migrate({ file: "polls.ts" }); // Applying polls.0001_initial... OK
 * ```
 */
export async function migrate(args: Pick<ParsedArgs, "file">, output: Output = consoleOutput): Promise<number> {
  const loaded = await load(args, output);
  if (!loaded) return 1;
  const { app, file } = loaded;
  let driver;
  try {
    driver = await attachDatabase(app, file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      output.err(`onefile: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    const label = app.db.models.appLabel();
    const migrations = readMigrations(file);
    if (migrations.length === 0) {
      output.out(`Operations to perform:\n  Synchronize the models of ${label} (no migrations/ folder)`);
      const plan = await planSchema(driver, app.db.models.schema());
      if (plan.refused.length) {
        output.err(refusalMessage(plan, migrateCommand(file)));
        return 1;
      }
      const done = await applyAdditive(driver, plan);
      output.out(done.length ? done.map((d) => `  ${d}... OK`).join("\n") : "  No changes to apply.");
      return 0;
    }
    const applied = new Set(await appliedMigrations(driver, label));
    const pending = migrations.filter((m) => !applied.has(m.name));
    output.out(`Operations to perform:\n  Apply all migrations: ${label}\nRunning migrations:`);
    if (pending.length === 0) output.out("  No migrations to apply.");
    for (const migration of pending) {
      const recorded = await readRecorded(driver);
      const operations = pendingOperations(recorded, migration.file.operations);
      await applyOperations(driver, recorded, operations, (tx) => recordMigration(tx, label, migration.name));
      const skipped = migration.file.operations.length - operations.length;
      output.out(`  Applying ${label}.${migration.name}... OK${skipped ? ` (${skipped} operation${skipped === 1 ? "" : "s"} already in the database)` : ""}`);
    }
    const plan = await planSchema(driver, app.db.models.schema());
    const left = [...plan.additive, ...plan.refused.map((r) => r.change)];
    if (left.length) {
      output.out(`  Your models have changes that are not yet reflected in a migration:\n${left.map((c) => `    - ${c.description}`).join("\n")}\n  Run 'onefile makemigrations ${displayPath(file)}' to make one.`);
    }
    return 0;
  } catch (error) {
    output.err(`onefile migrate: ${(error as Error).message}\nNothing of the failed migration was applied.`);
    return 1;
  } finally {
    await app.db.close();
  }
}

/**
 * `onefile dbshell [file]`: runs sqlite3 or psql on the app's database, attached to the terminal.
 *
 * @example
 * ```ts
 * await dbshell({ file: "polls.ts" });
 * ```
 */
export async function dbshell(args: Pick<ParsedArgs, "file">, output: Output = consoleOutput): Promise<number> {
  const loaded = await load(args, output);
  if (!loaded) return 1;
  let target;
  try {
    target = databaseTarget(loaded.app, loaded.file);
  } catch (error) {
    output.err(`onefile: ${(error as Error).message}`);
    return 1;
  }
  const [command, argv, env] =
    target.engine === "sqlite"
      ? ["sqlite3", [target.path], {}]
      : target.url
        ? ["psql", [target.url], {}]
        : ["psql", [...(target.host ? ["-h", target.host] : []), ...(target.port ? ["-p", String(target.port)] : []), ...(target.user ? ["-U", target.user] : []), target.database ?? ""], target.password ? { PGPASSWORD: target.password } : {}];
  return new Promise((resolve) => {
    const child = spawn(command as string, argv as string[], { stdio: "inherit", env: { ...process.env, ...(env as Record<string, string>) } });
    child.on("error", (error: NodeJS.ErrnoException) => {
      output.err(
        error.code === "ENOENT"
          ? `onefile dbshell: ${command} is not installed. Install it (Debian: apt-get install ${command === "sqlite3" ? "sqlite3" : "postgresql-client"}) and run this again.`
          : `onefile dbshell: ${error.message}`,
      );
      resolve(1);
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
