import { describe, expect, it } from "vitest";
import { App } from "../../core/index.ts";
import { databaseTarget } from "./open.ts";

describe("databaseTarget", () => {
  const app = new App({
    DEBUG: true,
    DATABASES: { default: { ENGINE: "postgresql", NAME: "polls", OPTIONS: { poolSize: 4, prepare: false, statementTimeout: "30" } } },
  });

  it("takes the driver options of DATABASES even when DATABASE_URL says where the database is", () => {
    expect(databaseTarget(app, "/srv/polls.ts", { DATABASE_URL: "postgres://app@db.example/polls" })).toEqual({
      engine: "postgresql",
      url: "postgres://app@db.example/polls",
      options: { poolSize: 4, statementTimeout: 30, prepare: false },
    });
  });

  it("reads DATABASES alone without DATABASE_URL, and a SQLite URL without options", () => {
    expect(databaseTarget(app, "/srv/polls.ts", {})).toMatchObject({ engine: "postgresql", database: "polls", options: { poolSize: 4, prepare: false } });
    expect(databaseTarget(app, "/srv/polls.ts", { DATABASE_URL: "sqlite:data.db" })).toEqual({ engine: "sqlite", path: "/srv/data.db" });
  });
});
