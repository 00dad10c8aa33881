/**
 * The ORM's fast paths give what the general paths give: `get({ pk })` (compiled once per model,
 * no condition tree) runs the same SQL and returns the same objects and errors as the general
 * `get()`, and `bulkCreate`'s multi-row INSERTs give every object its own key. Run on SQLite in
 * memory, a SQLite file and PostgreSQL (when DATABASE_URL names a server).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App, Http404, getObjectOr404, models, Q } from "../../core/index.ts";
import type { Driver } from "../../core/db/driver.ts";
import { testDatabases } from "./testing/databases.ts";

function makeApp() {
  const app = new App({ DEBUG: true, APP_LABEL: "fast" });
  class Question extends app.Model("Question", {
    questionText: models.CharField({ maxLength: 200 }),
    pubDate: models.DateTimeField({ default: () => new Date() }),
  }, { ordering: ["-pubDate"] }) {
    declare static objects: models.Manager<Question>;
  }
  // A primary key with its own name and type.
  class Country extends app.Model("Country", {
    code: models.CharField({ maxLength: 2, primaryKey: true }),
    name: models.CharField({ maxLength: 100 }),
  }) {
    declare static objects: models.Manager<Country>;
  }
  // Nothing but its automatic key: inserted with DEFAULT VALUES.
  class Token extends app.Model("Token", {}) {
    declare static objects: models.Manager<Token>;
  }
  class Event extends app.Model("Event", {
    title: models.CharField({ maxLength: 100 }),
    created: models.DateTimeField({ autoNowAdd: true }),
  }) {
    declare static objects: models.Manager<Event>;
  }
  return { app, Question, Country, Event, Token };
}

describe.each(await testDatabases())("fast paths on $name", (database) => {
  let m: ReturnType<typeof makeApp>;
  let statements: string[];
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    const opened = await database.open();
    dispose = opened.dispose;
    const driver = opened.driver;
    statements = [];
    // Records every statement the ORM runs, to compare the SQL of the two paths.
    const recording: Driver = { ...driver, query: (sql, params) => (statements.push(sql), driver.query(sql, params)) };
    m = makeApp();
    m.app.db.attach(recording, { context: new AsyncLocalStorage() });
    await m.app.db.sync();
  });
  afterEach(() => dispose());

  /** The SQL statements `run` made. */
  async function sqlOf(run: () => Promise<unknown>): Promise<string[]> {
    const before = statements.length;
    await run().catch(() => {});
    return statements.slice(before);
  }

  it("get({ pk }) runs the general get()'s SQL, without the model's ordering, and returns the same object", async () => {
    const { Question } = m;
    const q = await Question.objects.create({ questionText: "What's up?", pubDate: new Date("2024-05-01T10:00:00Z") });
    await Question.objects.create({ questionText: "Other", pubDate: new Date("2024-05-02T10:00:00Z") });
    // Q() takes the general path: a condition tree, a state, a cache key.
    const general = await sqlOf(() => Question.objects.get(Q({ pk: q.id })));
    for (const lookup of [{ pk: q.id }, { id: q.id }, { pk__exact: q.id }, { id__exact: q.id }, { pk: String(q.id) }]) {
      expect(await sqlOf(() => Question.objects.get(lookup))).toEqual(general);
      const fast = await Question.objects.get(lookup);
      expect(fast).toBeInstanceOf(Question);
      expect(fast.toJSON()).toEqual((await Question.objects.get(Q({ pk: q.id }))).toJSON());
      expect(fast._state.adding).toBe(false);
    }
    expect(general).toHaveLength(1);
    expect(general[0]!.toLowerCase()).not.toContain("order by");
  });

  it("a pk of the wrong type, a missing pk and pk=null match nothing (DoesNotExist, a 404 in a view)", async () => {
    const { Question } = m;
    await Question.objects.create({ questionText: "Only" });
    for (const pk of ["abc", "1x", 1.5, {}, 999]) {
      await expect(Question.objects.get({ pk } as never)).rejects.toBeInstanceOf(Question.DoesNotExist);
      await expect(getObjectOr404(Question, { pk } as never)).rejects.toBeInstanceOf(Http404);
    }
    await expect(Question.objects.get({ pk: "abc" })).rejects.toThrow("Question matching query does not exist.");
    // A value no row can have is answered without a query.
    expect(await sqlOf(() => Question.objects.get({ pk: "abc" }))).toEqual([]);
    await expect(Question.objects.get({ pk: null } as never)).rejects.toBeInstanceOf(Question.DoesNotExist);
  });

  it("works with a primary key of another name and type", async () => {
    const { Country } = m;
    await Country.objects.create({ code: "fr", name: "France" });
    await Country.objects.create({ code: "de", name: "Germany" });
    const general = await sqlOf(() => Country.objects.get(Q({ code: "fr" })));
    expect(await sqlOf(() => Country.objects.get({ code: "fr" }))).toEqual(general);
    expect(await sqlOf(() => Country.objects.get({ pk: "fr" }))).toEqual(general);
    expect((await Country.objects.get({ pk: "de" })).name).toBe("Germany");
    expect((await Country.objects.get({ code: "fr" })).pk).toBe("fr");
    await expect(Country.objects.get({ pk: "xx" })).rejects.toBeInstanceOf(Country.DoesNotExist);
  });

  it("leaves other lookups and narrowed QuerySets to the general path", async () => {
    const { Question } = m;
    const a = await Question.objects.create({ questionText: "A" });
    await Question.objects.create({ questionText: "B" });
    expect((await Question.objects.filter({ questionText: "A" }).get({ pk: a.id })).id).toBe(a.id);
    await expect(Question.objects.filter({ questionText: "B" }).get({ pk: a.id })).rejects.toBeInstanceOf(Question.DoesNotExist);
    expect((await Question.objects.get({ pk: a.id, questionText: "A" })).id).toBe(a.id);
    await expect(Question.objects.get({ pk: a.id, questionText: "B" })).rejects.toBeInstanceOf(Question.DoesNotExist);
    await expect(Question.objects.get({ questionText__startswith: "" })).rejects.toBeInstanceOf(Question.MultipleObjectsReturned);
  });

  it("bulkCreate inserts many rows per statement and gives each object its own key, in order", async () => {
    const { Question, Country, Event } = m;
    const texts = Array.from({ length: 700 }, (_, i) => `Question ${i}`);
    const made = await Question.objects.bulkCreate(texts.map((questionText) => ({ questionText })));
    // SQLite takes at most 999 parameters per statement: 700 rows of 2 columns need 2 statements.
    const inserts = statements.filter((sql) => /^insert/i.test(sql));
    expect(inserts.length).toBeLessThan(made.length);
    for (const question of made) expect(question._state.adding).toBe(false);
    const stored = new Map((await Question.objects.all()).map((q) => [q.id, q.questionText]));
    expect(stored.size).toBe(700);
    expect(made.map((q) => stored.get(q.id))).toEqual(texts);
    expect(new Set(made.map((q) => q.id)).size).toBe(700);

    const countries = await Country.objects.bulkCreate([{ code: "it", name: "Italy" }, { code: "es", name: "Spain" }]);
    expect(countries.map((c) => c.pk)).toEqual(["it", "es"]);
    expect((await Country.objects.get({ pk: "es" })).name).toBe("Spain");

    const tokens = await m.Token.objects.bulkCreate([{}, {}, {}]);
    expect(new Set(tokens.map((t) => t.id)).size).toBe(3);
    expect(await m.Token.objects.count()).toBe(3);

    const events = await Event.objects.bulkCreate([{ title: "a" }, { title: "b" }]);
    expect(events.every((e) => e.created instanceof Date)).toBe(true);
    expect((await Event.objects.get({ pk: events[1]!.id })).created).toEqual(events[1]!.created);
  });

  it("bulkCreate of a row that breaks a constraint inserts none of them", async () => {
    const { Country } = m;
    await Country.objects.create({ code: "fr", name: "France" });
    await expect(Country.objects.bulkCreate([{ code: "nl", name: "Netherlands" }, { code: "fr", name: "Again" }])).rejects.toThrow();
    expect(await Country.objects.count()).toBe(1);
    await expect(Country.objects.create({ code: "xx", name: "X", nope: 1 } as never)).rejects.toThrow(/nope/);
  });
});
