/**
 * Keeping a development database in step with the models: `runserver` (and the sandbox)
 * compare the recorded schema with the models at start, apply what is additive and refuse what
 * could lose data, with a message that says what and how to apply it anyway.
 *
 * @module
 */
import type { Connection } from "../driver.ts";
import { diffSchemas, type Change } from "./diff.ts";
import { applyOperations, readRecorded, rowCount } from "./editor.ts";
import type { SchemaState } from "./state.ts";

/** What comparing the database with the models found. */
export interface SchemaPlan {
  recorded: SchemaState;
  /** Changes that can be applied without losing data. */
  additive: Change[];
  /** Changes that could lose data or fail, each with its reason (and how many rows it touches). */
  refused: { change: Change; reason: string }[];
}

/**
 * Compares the schema recorded in the database with `models` (from `app.db.models.schema()`).
 *
 * @example
 * ```ts
 * const plan = await planSchema(app.db.driver, app.db.models.schema());
 * plan.refused.map((r) => r.reason);
 * ```
 */
export async function planSchema(connection: Connection, models: SchemaState): Promise<SchemaPlan> {
  const recorded = await readRecorded(connection);
  const additive: Change[] = [];
  const refused: { change: Change; reason: string }[] = [];
  for (const change of diffSchemas(recorded, models)) {
    if (change.destructive) {
      const table = tableOf(change);
      const rows = table && recorded.tables[table] ? await rowCount(connection, table) : 0;
      refused.push({ change, reason: `${change.destructive}${rows ? ` (${rows} row${rows === 1 ? "" : "s"} in ${table})` : ""}` });
    } else if (change.needsEmptyTable && (await rowCount(connection, tableOf(change)!)) > 0) {
      refused.push({ change, reason: change.needsEmptyTable });
    } else additive.push(change);
  }
  return { recorded, additive, refused };
}

function tableOf(change: Change): string | null {
  const op = change.operation;
  return "table" in op ? (typeof op.table === "string" ? op.table : op.table.name) : null;
}

/**
 * Applies the additive changes of a plan (all of them, or none if one fails). Returns the
 * descriptions of what was applied.
 */
export async function applyAdditive(connection: Connection, plan: SchemaPlan): Promise<string[]> {
  if (plan.additive.length === 0) return [];
  await applyOperations(connection, plan.recorded, plan.additive.map((c) => c.operation));
  return plan.additive.map((c) => c.description);
}

/**
 * The message for refused changes.
 *
 * @param command How to apply them, e.g. "npx onefile makemigrations polls.ts && npx onefile migrate polls.ts".
 */
export function refusalMessage(plan: SchemaPlan, command: string): string {
  const lines = plan.refused.map(({ change, reason }) => `  - ${change.description}: ${reason}.`);
  return [
    `The models differ from the database in ${plan.refused.length === 1 ? "a way" : "ways"} that could lose data, so ${plan.refused.length === 1 ? "it was" : "they were"} not applied:`,
    ...lines,
    "To apply, make a migration, read it, and run it:",
    `  ${command}`,
  ].join("\n");
}
