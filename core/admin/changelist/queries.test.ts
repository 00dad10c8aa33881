/**
 * The changelist's queries do not grow with the page: 10,000 rows, a search, a filter and a
 * foreign-key column, counted through a driver that counts what it runs, on every database
 * the ORM supports (PostgreSQL when DATABASE_URL names a server).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { testDatabases } from "../../../cli/db/testing/databases.ts";
import { App } from "../../app.ts";
import { PBKDF2PasswordHasher } from "../../auth/pbkdf2.ts";
import type { Connection, Driver } from "../../db/driver.ts";
import * as models from "../../db/models.ts";
import { Client } from "../../test/client.ts";
import { path } from "../../urls/index.ts";

/** Wraps a driver so every statement it runs (inside transactions too) is counted. */
function counting(driver: Driver): Driver & { statements: string[] } {
  const statements: string[] = [];
  const wrap = (connection: Connection): Connection => ({
    dialect: connection.dialect,
    query: (sql, params) => {
      statements.push(sql);
      return connection.query(sql, params);
    },
    transaction: (fn) => connection.transaction((tx) => fn(wrap(tx))),
  });
  return Object.assign(wrap(driver), { description: driver.description, close: () => driver.close(), statements }) as Driver & { statements: string[] };
}

describe.each(await testDatabases())("the changelist of 10,000 rows on $name", (database) => {
  it("makes the same number of queries whatever the page size", async () => {
    const counts: Record<number, number> = {};
    for (const perPage of [10, 100, 500]) {
      const app = new App({ DEBUG: true, APP_LABEL: "shop", PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 10 })] });
      class Author extends app.Model("Author", { name: models.CharField({ maxLength: 50 }) }) {
        override toString() {
          return this.name;
        }
      }
      class Book extends app.Model("Book", {
        title: models.CharField({ maxLength: 100 }),
        author: models.ForeignKey(() => Author, { onDelete: models.CASCADE }),
        inPrint: models.BooleanField({ default: true }),
      }) {}
      app.admin.register(Book, { listDisplay: ["title", "author", "inPrint"], searchFields: ["title", "author__name"], listFilter: ["inPrint"], listPerPage: perPage });
      app.urlpatterns = [path("admin/", app.admin.urls)];
      const opened = await database.open();
      try {
        const driver = counting(opened.driver);
        app.db.attach(driver, { context: new AsyncLocalStorage<Connection>() });
        await app.db.sync();
        const authors = await Promise.all(Array.from({ length: 50 }, (_, i) => Author.objects.create({ name: `Author ${i}` })));
        await Book.objects.bulkCreate(Array.from({ length: 10_000 }, (_, i) => ({ title: `Book ${i}`, author: authors[i % 50]!, inPrint: i % 3 !== 0 })));
        await app.auth.User.objects.createSuperuser("admin", "", "pw");
        const client = new Client(app);
        await client.post("/admin/login/", { username: "admin", password: "pw" });
        await client.get("/admin/shop/book/?q=Book&inPrint__exact=1"); // warm up: permissions and content types are made once
        driver.statements.length = 0;
        const page = await client.get("/admin/shop/book/?q=Book&inPrint__exact=1&o=2");
        expect(page.status).toBe(200);
        expect(page.content).toContain("6666 results");
        expect((page.content.match(/class="action-select"/g) ?? []).length).toBe(perPage);
        counts[perPage] = driver.statements.length;
      } finally {
        await opened.dispose();
      }
    }
    console.info(`changelist queries by page size on ${database.name}:`, counts);
    expect(counts[10]).toBe(counts[100]);
    expect(counts[100]).toBe(counts[500]);
    expect(counts[10]).toBeLessThanOrEqual(8);
  }, 120_000);
});
