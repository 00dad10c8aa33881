/**
 * The polls vote view under load: `onefile serve examples/polls.ts --workers 1`, POST
 * /1/vote/ (an F() update and a redirect) driven by wrk, on a SQLite file and, when
 * DATABASE_URL names a PostgreSQL server, on PostgreSQL. Reports requests per second, and the
 * votes counted in the database next to the answers wrk received (a few more are counted: the
 * requests still in flight when wrk stops its clock are answered too).
 *
 * Run: npm run bench:orm:vote [-- --duration 5 --connections 32]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Driver } from "../../core/db/driver.ts";
import { openPostgres } from "../../cli/db/postgres.ts";
import { openSqlite } from "../../cli/db/sqlite.ts";
import { postgresUrl } from "../../cli/db/testing/databases.ts";
import { csrfFrom, onefile, projectWith, startServer } from "../../cli/db/testing/http.ts";

const { values } = parseArgs({ options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "32" } } });
if (spawnSync("wrk", ["--version"]).error) {
  console.error("wrk is not installed. Install it with: sudo apt-get install wrk");
  process.exit(1);
}

async function run(name: string, url: string | null, open: (dir: string) => Promise<Driver>): Promise<void> {
  const dir = projectWith("polls.ts");
  if (onefile(dir, ["migrate", "polls.ts"], url).code !== 0) throw new Error(`migrate failed on ${name}`);
  const driver = await open(dir);
  const p = (n: number) => (driver.dialect === "postgresql" ? `$${n}` : "?");
  await driver.query(`INSERT INTO polls_question (question_text, pub_date) VALUES (${p(1)}, ${p(2)})`, ["Tabs or spaces?", "2024-01-01T00:00:00.000Z"]);
  await driver.query(`INSERT INTO polls_choice (question_id, choice_text, votes) VALUES (1, ${p(1)}, 0)`, ["Tabs"]);
  const server = await startServer(dir, ["serve", "polls.ts", "--workers", "1"], url);
  try {
    const csrf = await csrfFrom(server.port, "/1/");
    const script = join(mkdtempSync(join(tmpdir(), "onefile-vote-")), "vote.lua");
    writeFileSync(
      script,
      `wrk.method = "POST"\nwrk.body = "choice=1&csrfmiddlewaretoken=${csrf.token}"\n` +
        `wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\nwrk.headers["Cookie"] = "${csrf.cookie}"\n`,
    );
    const wrk = spawnSync("wrk", ["-t1", `-c${values.connections}`, `-d${values.duration}s`, "-s", script, `http://127.0.0.1:${server.port}/1/vote/`], { encoding: "utf8" });
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(wrk.stdout)?.[1];
    const total = Number(/(\d+) requests in/.exec(wrk.stdout)?.[1] ?? NaN);
    const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(wrk.stdout)?.[1] ?? 0);
    const counted = Number((await driver.query("SELECT votes FROM polls_choice WHERE id = 1")).rows[0]![0]);
    console.log(`${name.padEnd(12)} ${rps} req/s   ${total} votes sent, ${counted} counted, ${bad} non-2xx/3xx answers`);
  } finally {
    await server.stop();
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`POST /1/vote/ on onefile serve --workers 1, wrk -t1 -c${values.connections} -d${values.duration}s\n`);
await run("SQLite file", null, async (dir) => openSqlite(join(dir, "db.sqlite3")));
const base = await postgresUrl();
if (base) {
  const name = `onefile_vote_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  try {
    await run("PostgreSQL", url, () => openPostgres({ url }));
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
