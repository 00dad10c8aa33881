/**
 * The `migrations/` folder beside a project file: reading the migrations in it and writing new ones.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MIGRATION_NAME, parseMigration, type Migration } from "../../core/db/schema/migrations.ts";

/** The migrations folder of a project file. */
export function migrationsDir(projectFile: string): string {
  return join(dirname(projectFile), "migrations");
}

/** The migrations in the folder, in order (none when there is no folder). */
export function readMigrations(projectFile: string): Migration[] {
  const dir = migrationsDir(projectFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && MIGRATION_NAME.test(name.slice(0, -5)))
    .sort()
    .map((name) => parseMigration(name.slice(0, -5), readFileSync(join(dir, name), "utf8")));
}

/** Writes a migration; returns its path. */
export function writeMigration(projectFile: string, migration: Migration): string {
  const dir = migrationsDir(projectFile);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${migration.name}.json`);
  if (existsSync(path)) throw new Error(`${path} already exists.`);
  writeFileSync(path, JSON.stringify(migration.file, null, 2) + "\n");
  return path;
}
