/**
 * The ORM against hand-written SQL and drizzle-orm, on the same SQLite file, in one run.
 *
 * - onefile:  the QuerySet API (`Question.objects.get({ pk })`, …), through the async Driver.
 * - SQL:      hand-written SQL through the same Driver, rows mapped to plain objects (dates
 *             parsed), as a view that writes its own SQL would.
 * - drizzle:  drizzle-orm 0.45 (its better-sqlite3 session, on the same libsql connection).
 *
 * Six queries: get by pk; filter + orderBy + slice 20; create; F() update; selectRelated of
 * 20 rows with their foreign key; prefetchRelated of 20 rows with 5 children each.
 * Rounds are interleaved so a noisy neighbour hits every case alike; each figure is the median
 * round (wall clock; the CPU-time ratios beside them are steadier on a busy machine). Targets:
 * onefile ≤ 1.3× SQL, and no slower than drizzle.
 *
 * Run: npm run bench:orm
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AsyncLocalStorage } from "node:async_hooks";
import Database from "libsql";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { BetterSQLiteSession } from "drizzle-orm/better-sqlite3/session";
import { BaseSQLiteDatabase, integer, SQLiteSyncDialect, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { App, F, models } from "../../core/index.ts";
import { openSqlite } from "../../cli/db/sqlite.ts";
import { median } from "../median.ts";

const dir = mkdtempSync(join(tmpdir(), "onefile-bench-orm-"));
const file = join(dir, "db.sqlite3");

// ——— onefile ———
const app = new App({ APP_LABEL: "bench", ALLOWED_HOSTS: ["*"] });
class Question extends app.Model("Question", {
  questionText: models.CharField({ maxLength: 200 }),
  pubDate: models.DateTimeField(),
}) {
  declare static objects: models.Manager<Question>;
  declare choices: models.RelatedManager<Choice>;
}
class Choice extends app.Model("Choice", {
  question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
  choiceText: models.CharField({ maxLength: 200 }),
  votes: models.IntegerField({ default: 0 }),
}) {
  declare static objects: models.Manager<Choice>;
}
const driver = openSqlite(file);
app.db.attach(driver, { context: new AsyncLocalStorage() });
await app.db.sync();

// ——— data: 1000 questions with 5 choices each ———
const QUESTIONS = 1000;
await app.db.atomic(async () => {
  for (let i = 0; i < QUESTIONS; i++) {
    const q = await Question.objects.create({ questionText: `Question ${i}?`, pubDate: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000) });
    for (let c = 0; c < 5; c++) await Choice.objects.create({ question: q, choiceText: `Choice ${c}`, votes: c });
  }
});
const now = new Date(Date.UTC(2024, 0, 20));

// ——— drizzle, on its own connection to the same file ———
const client = new Database(file);
// The pragmas openSqlite sets, so drizzle's writes pay for the same durability as ours.
client.pragma("journal_mode = WAL");
client.pragma("synchronous = NORMAL");
client.pragma("foreign_keys = ON");
const dq = sqliteTable("bench_question", { id: integer("id").primaryKey({ autoIncrement: true }), questionText: text("question_text").notNull(), pubDate: text("pub_date").notNull() });
const dc = sqliteTable("bench_choice", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  questionId: integer("question_id").notNull(),
  choiceText: text("choice_text").notNull(),
  votes: integer("votes").notNull(),
});
const dialect = new SQLiteSyncDialect();
const drizzleDb = new BaseSQLiteDatabase("sync", dialect, new BetterSQLiteSession(client as never, dialect, undefined, {}), undefined);

// ——— hand-written SQL through the same Driver ———
type Row = { id: number; questionText: string; pubDate: Date };
const toQuestion = (r: unknown[]): Row => ({ id: r[0] as number, questionText: r[1] as string, pubDate: new Date(r[2] as string) });
const nowText = now.toISOString();

let n = 0;
const pk = () => (n++ % QUESTIONS) + 1;

type Case = { name: string; onefile: () => Promise<unknown>; sql: () => Promise<unknown>; drizzle: () => Promise<unknown> };
const cases: Case[] = [
  {
    name: "get by pk",
    onefile: () => Question.objects.get({ pk: pk() }),
    sql: async () => toQuestion((await driver.query('SELECT "id", "question_text", "pub_date" FROM "bench_question" WHERE "id" = ?', [pk()])).rows[0]!),
    drizzle: async () => drizzleDb.select().from(dq).where(eq(dq.id, pk())).get(),
  },
  {
    name: "filter + orderBy + slice 20",
    onefile: () => Question.objects.filter({ pubDate__lte: now }).orderBy("-pubDate").slice(0, 20).toArray(),
    sql: async () =>
      (await driver.query('SELECT "id", "question_text", "pub_date" FROM "bench_question" WHERE "pub_date" <= ? ORDER BY "pub_date" DESC LIMIT ?', [nowText, 20])).rows.map(toQuestion),
    drizzle: async () => drizzleDb.select().from(dq).where(lte(dq.pubDate, nowText)).orderBy(desc(dq.pubDate)).limit(20).all(),
  },
  {
    name: "create",
    onefile: () => Question.objects.create({ questionText: "New?", pubDate: now }),
    sql: async () => (await driver.query('INSERT INTO "bench_question" ("question_text", "pub_date") VALUES (?, ?) RETURNING "id"', ["New?", nowText])).rows[0]![0],
    drizzle: async () => drizzleDb.insert(dq).values({ questionText: "New?", pubDate: nowText }).returning({ id: dq.id }).get(),
  },
  {
    name: "F() update",
    onefile: () => Choice.objects.filter({ pk: pk() }).update({ votes: F("votes").add(1) }),
    sql: async () => (await driver.query('UPDATE "bench_choice" SET "votes" = "votes" + ? WHERE "id" = ?', [1, pk()])).rowsAffected,
    drizzle: async () => drizzleDb.update(dc).set({ votes: sql`${dc.votes} + 1` }).where(eq(dc.id, pk())).run(),
  },
  {
    name: "selectRelated, 20 rows",
    onefile: () => Choice.objects.selectRelated("question").filter({ votes: 2 }).orderBy("id").slice(0, 20).toArray(),
    sql: async () =>
      (
        await driver.query(
          'SELECT c."id", c."question_id", c."choice_text", c."votes", q."id", q."question_text", q."pub_date" FROM "bench_choice" c ' +
            'INNER JOIN "bench_question" q ON q."id" = c."question_id" WHERE c."votes" = ? ORDER BY c."id" ASC LIMIT ?',
          [2, 20],
        )
      ).rows.map((r) => ({ id: r[0], questionId: r[1], choiceText: r[2], votes: r[3], question: toQuestion(r.slice(4)) })),
    drizzle: async () =>
      drizzleDb.select().from(dc).innerJoin(dq, eq(dq.id, dc.questionId)).where(eq(dc.votes, 2)).orderBy(asc(dc.id)).limit(20).all(),
  },
  {
    name: "prefetchRelated, 20 × 5",
    onefile: () => Question.objects.prefetchRelated("choices").orderBy("id").slice(0, 20).toArray(),
    sql: async () => {
      const questions = (await driver.query('SELECT "id", "question_text", "pub_date" FROM "bench_question" ORDER BY "id" ASC LIMIT ?', [20])).rows.map((r) => ({ ...toQuestion(r), choices: [] as unknown[] }));
      const byId = new Map(questions.map((q) => [q.id, q]));
      const ids = questions.map((q) => q.id);
      const choices = await driver.query(`SELECT "id", "question_id", "choice_text", "votes" FROM "bench_choice" WHERE "question_id" IN (${ids.map(() => "?").join(", ")})`, ids);
      for (const r of choices.rows) byId.get(r[1] as number)!.choices.push({ id: r[0], questionId: r[1], choiceText: r[2], votes: r[3] });
      return questions;
    },
    drizzle: async () => {
      const questions = drizzleDb.select().from(dq).orderBy(asc(dq.id)).limit(20).all().map((q) => ({ ...q, choices: [] as unknown[] }));
      const byId = new Map(questions.map((q) => [q.id, q]));
      const choices = drizzleDb.select().from(dc).where(and(inArray(dc.questionId, questions.map((q) => q.id)))).all();
      for (const c of choices) byId.get(c.questionId)!.choices.push(c);
      return questions;
    },
  },
];

// The three must return the same data, or the comparison means nothing.
{
  const [a, b] = await Promise.all([Question.objects.get({ pk: 7 }), cases[0]!.sql()]);
  void b;
  const sqlRow = toQuestion((await driver.query('SELECT "id", "question_text", "pub_date" FROM "bench_question" WHERE "id" = 7')).rows[0]!);
  if (a.questionText !== sqlRow.questionText || a.pubDate.getTime() !== sqlRow.pubDate.getTime()) throw new Error("get by pk differs");
  const prefetched = (await cases[5]!.onefile()) as Question[];
  const handPrefetched = (await cases[5]!.sql()) as { choices: unknown[] }[];
  if (prefetched.length !== 20 || [...prefetched[3]!.choices].length !== handPrefetched[3]!.choices.length) throw new Error("prefetch differs");
  const drizzlePrefetched = (await cases[5]!.drizzle()) as { choices: unknown[] }[];
  if (drizzlePrefetched[3]!.choices.length !== 5) throw new Error("drizzle prefetch differs");
}

/**
 * Microseconds per call over a ~120 ms round: wall-clock time, and the process's CPU time (on a
 * shared machine a round can lose the CPU to a neighbour, which the wall clock counts and the
 * CPU time does not; every implementation here runs in this process, SQLite included).
 */
async function round(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  let calls = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 120) {
    for (let i = 0; i < 20; i++) await fn();
    calls += 20;
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (elapsed * 1000) / calls, cpu: (cpu.user + cpu.system) / calls };
}

const ROUNDS = Number(process.env.ROUNDS ?? 7);
console.log(`ORM bench: SQLite file (libsql, WAL), ${QUESTIONS} questions × 5 choices, median of ${ROUNDS} interleaved rounds\n`);
const header = ["query", "onefile µs", "SQL µs", "drizzle µs", "onefile/SQL", "onefile/drizzle", "CPU: onefile/SQL", "onefile/drizzle"];
const rows: string[][] = [];
let ok = true;
for (const c of cases) {
  for (const impl of [c.onefile, c.sql, c.drizzle]) await round(impl);
  const samples: { wall: number; cpu: number }[][] = [[], [], []];
  for (let r = 0; r < ROUNDS; r++) {
    samples[0]!.push(await round(c.onefile));
    samples[1]!.push(await round(c.sql));
    samples[2]!.push(await round(c.drizzle));
  }
  const [ours, hand, peer] = samples.map((list) => median(list.map((s) => s.wall))) as [number, number, number];
  const [oursCpu, handCpu, peerCpu] = samples.map((list) => median(list.map((s) => s.cpu))) as [number, number, number];
  const vsSql = ours / hand;
  const vsPeer = ours / peer;
  ok &&= vsSql <= 1.3 && vsPeer <= 1;
  const ratio = (x: number) => `${x.toFixed(2)}×`;
  rows.push([c.name, ours.toFixed(2), hand.toFixed(2), peer.toFixed(2), ratio(vsSql), ratio(vsPeer), ratio(oursCpu / handCpu), ratio(oursCpu / peerCpu)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
console.log(`\nTargets (onefile ≤ 1.3× SQL and ≤ 1.0× drizzle on every query, wall clock): ${ok ? "met" : "NOT met"}.`);

await driver.close();
client.close();
rmSync(dir, { recursive: true, force: true });
