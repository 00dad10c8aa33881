/**
 * What the servers do with the database at start. `runserver` opens it, applies additive
 * schema changes and prints them, and refuses destructive ones with the command that applies
 * them. `serve` changes nothing: it refuses to start when migrations are unapplied or the
 * models differ from the database.
 */
import type { App } from "../../core/app.ts";
import { LoadError, displayPath } from "../load.ts";
import { readMigrations } from "./migration-files.ts";
import { DatabaseOpenError } from "./values.ts";

/** The commands that make and apply a migration, for messages. */
export function migrateCommand(file: string): string {
  const shown = displayPath(file);
  return `npx onefile makemigrations ${shown} && npx onefile migrate ${shown}`;
}

/**
 * Attaches the database of an app that has models, and checks (prod) or updates (dev) its schema.
 * Does nothing for an app without models.
 *
 * @throws LoadError with the message to show: the database cannot be opened, changes were refused, migrations are missing.
 */
export async function prepareDatabase(app: App, file: string, mode: "dev" | "prod", log: (line: string) => void): Promise<void> {
  if (app.db.models.size === 0) return;
  // Loaded only for an app with models: the drivers, and the schema editor with its query builder.
  const [{ attachDatabase }, { appliedMigrations }, { applyAdditive, planSchema, refusalMessage }] = await Promise.all([
    import("./open.ts"),
    import("../../core/db/schema/editor.ts"),
    import("../../core/db/schema/sync.ts"),
  ]);
  let driver;
  try {
    app.db.models.ready();
    driver = await attachDatabase(app, file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new LoadError(error.message);
    throw error;
  }
  const plan = await planSchema(driver, app.db.models.schema());
  const migrations = readMigrations(file);
  const applied = new Set(await appliedMigrations(driver, app.db.models.appLabel()));
  const unapplied = migrations.filter((m) => !applied.has(m.name));
  if (mode === "prod") {
    if (unapplied.length) {
      throw new LoadError(
        `${unapplied.length} migration${unapplied.length === 1 ? " is" : "s are"} not applied to ${driver.description}: ${unapplied.map((m) => m.name).join(", ")}.\n` +
          `Apply ${unapplied.length === 1 ? "it" : "them"} first: npx onefile migrate ${displayPath(file)}`,
      );
    }
    const changes = [...plan.additive.map((c) => c.description), ...plan.refused.map((r) => `${r.change.description}: ${r.reason}`)];
    if (changes.length) {
      throw new LoadError(
        `The models differ from ${driver.description}, and serve does not change the schema:\n${changes.map((c) => `  - ${c}`).join("\n")}\n` +
          `Make and apply a migration first: ${migrateCommand(file)}`,
      );
    }
    return;
  }
  if (unapplied.length) log(`You have ${unapplied.length} unapplied migration(s): ${unapplied.map((m) => m.name).join(", ")}. Run "npx onefile migrate ${displayPath(file)}" to apply them.`);
  if (plan.refused.length) throw new LoadError(refusalMessage(plan, migrateCommand(file)));
  const done = await applyAdditive(driver, plan);
  if (done.length) log(`Applied to ${driver.description}:\n${done.map((d) => `  - ${d}`).join("\n")}`);
}
