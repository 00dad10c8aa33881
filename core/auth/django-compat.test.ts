/**
 * onefile against Django itself: hashes made by one side are checked by the other, and the
 * password validators give Django's codes and messages. Two Python sides run here:
 *
 * - "made by Django": Django's own `django.contrib.auth` and `django.utils.http` (Debian's python3-django, which
 *   `.ci/run` installs); skipped with a printed notice where no Python can import Django;
 * - "made by Python's hashlib the way Django does": `hashlib.pbkdf2_hmac` with Django's encoding,
 *   which needs only Python 3, at Django 6.1's iteration count.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../forms/errors.ts";
import { checkPassword, makePassword } from "./hashers.ts";
import { sessionAuthHash } from "./session-hash.ts";
import { PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher } from "./pbkdf2.ts";
import { urlHasAllowedHostAndScheme } from "../http/url-safety.ts";
import { MinimumLengthValidator, NumericPasswordValidator, UserAttributeSimilarityValidator, validatePassword } from "./password-validation.ts";

const SCRIPT = new URL("./fixtures/django_auth.py", import.meta.url).pathname;

type Task = Record<string, unknown>;
function python(executable: string, args: string[], tasks: Task[]): unknown[] {
  const run = spawnSync(executable, [SCRIPT, ...args], { input: JSON.stringify(tasks), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${executable} ${SCRIPT} failed: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout) as unknown[];
}

function findPython(withDjango: boolean): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", withDjango ? "import django" : "import hashlib"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

const djangoPython = findPython(true);
const hashlibPython = findPython(false);
if (!djangoPython) console.warn("core/auth/django-compat.test.ts: no Python with Django found (apt-get install python3-django); the 'made by Django' tests are skipped.");
const password = "lètmein ünïcode ✓";

describe.skipIf(!djangoPython)("made by Django (django.contrib.auth.hashers)", () => {
  const django = (tasks: Task[]) => python(djangoPython!, ["--django"], tasks);

  it("Django's make_password verifies in onefile, and a stale count asks for an upgrade", async () => {
    const [version, encoded] = django([{ kind: "version" }, { kind: "make", password }]) as [string, string];
    console.info(`checking hashes made by Django ${version}`);
    expect(encoded).toMatch(/^pbkdf2_sha256\$\d+\$[a-zA-Z0-9]+\$/);
    let upgraded = "";
    expect(await checkPassword(password, encoded, (raw) => (upgraded = raw))).toBe(true);
    expect(upgraded).toBe(password); // Django before 6.1 used fewer iterations than onefile.
    expect(await checkPassword(password + "x", encoded)).toBe(false);
  });

  it("Django's hasher.encode and onefile's give the same strings for SHA-256 and SHA-1", async () => {
    const salt = new PBKDF2PasswordHasher().salt();
    const [sha256, sha1] = django([
      { kind: "encode", algorithm: "pbkdf2_sha256", password, salt, iterations: 20000 },
      { kind: "encode", algorithm: "pbkdf2_sha1", password, salt, iterations: 20000 },
    ]);
    expect(await new PBKDF2PasswordHasher().encode(password, salt, 20000)).toBe(sha256);
    expect(await new PBKDF2SHA1PasswordHasher().encode(password, salt, 20000)).toBe(sha1);
  });

  it("Django's check_password accepts onefile's makePassword at Django 6.1's count, and refuses a wrong password", async () => {
    const encoded = await makePassword(password);
    const blank = await makePassword("", { hashers: [new PBKDF2PasswordHasher({ iterations: 1000 })] });
    expect(
      django([
        { kind: "check", password, encoded },
        { kind: "check", password: "lètmein", encoded },
        { kind: "check", password: "", encoded: blank },
      ]),
    ).toEqual([true, false, true]);
  });

  it("Django's validators and onefile's give the same codes and messages", async () => {
    const cases: { password: string; user?: Record<string, string> }[] = [
      { password: "123" },
      { password: "1234567890" },
      { password: "short1" },
      { password: "a fine long passphrase" },
      { password: "x" },
      { password: "adalovelace", user: { username: "adalovelace" } },
      { password: "lovelace99!", user: { username: "ada", last_name: "Lovelace" } },
      { password: "ada@example.org", user: { email: "ada@example.org" } },
      { password: "completely different words", user: { username: "ada", email: "ada@example.org" } },
      { password: "ab", user: { username: "ab" } },
      { password: "", user: { email: "@x" } },
    ];
    const expected = django(cases.map((c) => ({ kind: "validate", ...c }))) as [string, string][][];
    const validators = [new UserAttributeSimilarityValidator(), new MinimumLengthValidator(), new NumericPasswordValidator()];
    for (const [i, c] of cases.entries()) {
      const user = c.user && { username: c.user.username, email: c.user.email, lastName: c.user.last_name };
      const got = await validatePassword(c.password, user, validators).then(
        () => [],
        (error: ValidationError) => error.errorList.map((e) => [e.code, e.message]),
      );
      // Django names a plain object's attributes by their Python names; onefile by words.
      const want = expected[i]!.map(([code, message]) => [code, message.replace("last_name", "last name")]);
      expect(got, JSON.stringify(c)).toEqual(want);
    }
  });
});

describe.skipIf(!djangoPython)("Django's session auth hash", () => {
  it("is the same HMAC as Django's get_session_auth_hash", async () => {
    const cases = [
      { password: "pbkdf2_sha256$1500000$abc$def=", secret: "s3cret-key" },
      { password: "!unusable", secret: "another key ✓" },
    ];
    const theirs = python(djangoPython!, ["--django"], cases.map((c) => ({ kind: "session_hash", ...c })));
    expect(await Promise.all(cases.map((c) => sessionAuthHash(c.password, c.secret)))).toEqual(theirs);
  });
});

describe.skipIf(!djangoPython)("Django's url_has_allowed_host_and_scheme", () => {
  it("agrees with onefile's on every URL of a corpus of tricky redirects", () => {
    const heads = ["", "/", "//", "///", "\\", "/\\", "\\/", "http:", "https:", "HTTP://", "http://", "https://", "ftp://", "javascript:", "\t", "\n", "\x08", " "];
    const tails = ["testserver", "testserver/", "example.com", "example.com/x", "testserver@example.com", "user@testserver/", "testserver:80/", "[::1]/", "[::1/", "/path?next=//example.com", "view", "%2F%2Fexample.com"];
    const urls = heads.flatMap((head) => tails.flatMap((tail) => [head + tail, head.replace(/\//g, "\\") + tail]));
    const cases = urls.flatMap((url) => [
      { kind: "url", url, hosts: ["testserver"] },
      { kind: "url", url, hosts: ["testserver"], https: true },
    ]);
    const theirs = python(djangoPython!, ["--django"], cases) as boolean[];
    const disagreements = cases.filter((c, i) => urlHasAllowedHostAndScheme(c.url, c.hosts, c.https) !== theirs[i]);
    expect(disagreements).toEqual([]);
    expect(theirs.filter(Boolean).length).toBeGreaterThan(20);
  });
});

describe.skipIf(!hashlibPython)("made by Python's hashlib the way Django does", () => {
  const hashlib = (tasks: Task[]) => python(hashlibPython!, [], tasks);

  it("a hash at 1,500,000 iterations made by hashlib verifies in onefile, and onefile's in hashlib", async () => {
    const salt = new PBKDF2PasswordHasher().salt();
    const [theirs] = hashlib([{ kind: "encode", algorithm: "pbkdf2_sha256", password, salt, iterations: 1_500_000 }]) as [string];
    expect(theirs.startsWith(`pbkdf2_sha256$1500000$${salt}$`)).toBe(true);
    expect(await checkPassword(password, theirs, () => expect.unreachable("a current hash is not upgraded"))).toBe(true);
    const ours = await makePassword(password);
    expect(hashlib([{ kind: "check", password, encoded: ours }, { kind: "check", password: "nope", encoded: ours }])).toEqual([true, false]);
  });
});
