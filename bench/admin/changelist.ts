/**
 * The admin's changelist under load: `onefile serve --workers 1` on the admin fixture
 * (cli/testing/fixtures/admin-polls.ts, sessions in the database, DEBUG off), 100 questions
 * each with one choice, driven by wrk with a logged-in superuser's session cookie, on a SQLite
 * file and, when DATABASE_URL names a PostgreSQL server, on PostgreSQL. Four pages, measured in
 * alternating rounds in the same run (medians of the rounds):
 *
 * - `/`                       a hello page: the server's ceiling;
 * - `/questions/`             the baseline: the same 100 questions in a plain logged-in template view;
 * - `/admin/polls/question/`  the changelist, 100 rows on one page (search box, filters, date
 *                             hierarchy, actions, sortable headers, result count);
 * - `/admin/polls/choice/`    the changelist of 100 choices with their question (a foreign-key column).
 *
 * Every page is checked (status 200, its 100 rows) before it is measured, and wrk's
 * non-2xx/3xx answers are reported.
 *
 * Run: npm run bench:admin [-- --duration 5 --connections 16 --rounds 3]
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { attachDatabase } from "../../cli/db/open.ts";
import { postgresUrl } from "../../cli/db/testing/databases.ts";
import { csrfFrom, onefile, postForm, startServer } from "../../cli/db/testing/http.ts";
import { get, ROOT, tempProject } from "../../cli/testing/helpers.ts";
import { median } from "../median.ts";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "16" }, rounds: { type: "string", default: "3" } },
});
if (spawnSync("wrk", ["--version"]).error) {
  console.error("wrk is not installed. Install it with: sudo apt-get install wrk");
  process.exit(1);
}

const FIXTURE = "admin-polls.ts";
const PASSWORD = "correct horse battery";
const PAGES = [
  { name: "hello /", path: "/", rows: 0 },
  { name: "plain list of 100", path: "/questions/", rows: 100 },
  { name: "changelist, 100 rows", path: "/admin/polls/question/", rows: 100 },
  { name: "changelist, FK column", path: "/admin/polls/choice/", rows: 100 },
] as const;

// The fixture reads these: production settings in the served process (and this one's seeding).
process.env.ONEFILE_FIXTURE_DEBUG = "0";

/** The rows a page shows: table rows of the changelist, or of the plain list. */
function rowsOf(path: string, html: string): number {
  return path.startsWith("/admin/") ? (html.match(/class="action-select"/g) ?? []).length : (html.match(/<tr>/g) ?? []).length;
}

/** Creates the tables and the superuser with the command line, then 100 questions with a choice each. */
async function seed(dir: string, url: string | null): Promise<void> {
  const env = url === null ? {} : { DATABASE_URL: url };
  const migrated = onefile(dir, ["migrate", FIXTURE], url);
  if (migrated.code !== 0) throw new Error(`migrate failed:\n${migrated.out}`);
  process.env.ONEFILE_SUPERUSER_PASSWORD = PASSWORD;
  const created = onefile(dir, ["createsuperuser", FIXTURE, "--username", "admin", "--email", "admin@example.com", "--noinput"], url);
  delete process.env.ONEFILE_SUPERUSER_PASSWORD;
  if (created.code !== 0) throw new Error(`createsuperuser failed:\n${created.out}`);
  const { default: app, Question, Choice } = await import("../../cli/testing/fixtures/admin-polls.ts");
  await attachDatabase(app, join(dir, FIXTURE), env);
  try {
    const questions = await Question.objects.bulkCreate(
      Array.from({ length: 100 }, (_, i) => ({ questionText: `Question ${String(i).padStart(3, "0")}`, pubDate: new Date(Date.UTC(2025, 0, 1 + i, 12)), isOpen: i % 3 !== 0 })),
    );
    await Choice.objects.bulkCreate(questions.map((question, i) => ({ question, choiceText: `Choice ${i}`, votes: i })));
  } finally {
    await app.db.close();
  }
}

/** Logs the superuser in through the login form; returns the Cookie header of the session. */
async function logIn(port: number): Promise<string> {
  const csrf = await csrfFrom(port, "/admin/login/");
  const response = await postForm(port, "/admin/login/", { username: "admin", password: PASSWORD, next: "/admin/" }, csrf);
  const session = ([] as string[]).concat(response.headers["set-cookie"] ?? []).find((c) => c.startsWith("sessionid="));
  if (response.status !== 302 || !session) throw new Error(`Login failed (status ${response.status}):\n${response.body.slice(0, 500)}`);
  return `${csrf.cookie}; ${session.split(";")[0]}`;
}

/** One wrk run: requests per second and the count of answers that were not 2xx/3xx. */
function wrk(port: number, path: string, cookie: string): { rps: number; bad: number } {
  const out = spawnSync("wrk", ["-t1", `-c${values.connections}`, `-d${values.duration}s`, "-H", `Cookie: ${cookie}`, "-H", "Host: localhost", `http://127.0.0.1:${port}${path}`], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out.stdout)?.[1] ?? NaN);
  if (Number.isNaN(rps)) throw new Error(`wrk gave no figure:\n${out.stdout}${out.stderr}`);
  return { rps, bad: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out.stdout)?.[1] ?? 0) };
}

async function run(name: string, url: string | null): Promise<void> {
  const dir = tempProject();
  copyFileSync(join(ROOT, "cli", "testing", "fixtures", FIXTURE), join(dir, FIXTURE));
  try {
    await seed(dir, url);
    const server = await startServer(dir, ["serve", FIXTURE, "--workers", "1"], url);
    try {
      const cookie = await logIn(server.port);
      for (const page of PAGES) {
        const answer = await get(server.port, page.path, { headers: { cookie } });
        if (answer.status !== 200 || rowsOf(page.path, answer.body) !== page.rows) {
          throw new Error(`${page.path}: status ${answer.status}, ${rowsOf(page.path, answer.body)} rows (want 200 and ${page.rows}):\n${answer.body.slice(0, 500)}`);
        }
      }
      const rps = new Map<string, number[]>(PAGES.map((p) => [p.path, []]));
      let bad = 0;
      for (let round = 0; round < Number(values.rounds); round++) {
        for (const page of PAGES) {
          const result = wrk(server.port, page.path, cookie);
          rps.get(page.path)!.push(result.rps);
          bad += result.bad;
        }
      }
      const baseline = median(rps.get("/questions/")!);
      console.log(`\n${name}`);
      for (const page of PAGES) {
        const m = median(rps.get(page.path)!);
        console.log(`  ${page.name.padEnd(24)} ${m.toFixed(0).padStart(6)} req/s   ${(m / baseline).toFixed(2)}× the plain list   (rounds: ${rps.get(page.path)!.map((r) => r.toFixed(0)).join(", ")})`);
      }
      console.log(`  non-2xx/3xx answers: ${bad}`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`onefile serve --workers 1, logged in as a superuser, wrk -t1 -c${values.connections} -d${values.duration}s, median of ${values.rounds} alternating rounds`);
await run("SQLite file", null);
const base = await postgresUrl();
if (base) {
  const name = `onefile_bench_admin_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    await run("PostgreSQL", base.replace(/\/[^/]*$/, `/${name}`));
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
