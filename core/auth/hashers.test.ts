import { describe, expect, it, vi } from "vitest";
import {
  checkPassword,
  DEFAULT_PASSWORD_HASHERS,
  identifyHasher,
  isPasswordUsable,
  makePassword,
  UNUSABLE_PASSWORD_PREFIX,
  UNUSABLE_PASSWORD_SUFFIX_LENGTH,
  verifyPassword,
} from "./hashers.ts";
import { PBKDF2_ITERATIONS, PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher } from "./pbkdf2.ts";

/** A hasher that is fast enough for many tests (Django's tests swap in a fast hasher too). */
const fast = new PBKDF2PasswordHasher({ iterations: 1000 });
const fastHashers = [fast, new PBKDF2SHA1PasswordHasher({ iterations: 1000 })];

describe("hashes Django made, from Django's own test suite (tests/auth_tests/test_hashers.py, Django 4.1)", () => {
  // Django 4.1 used 390,000 iterations; these strings are the ones its tests assert make_password gives.
  const cases = [
    ["pbkdf2_sha256$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=", "seasalt"],
    ["pbkdf2_sha256$390000$seasalt2$geC/uZ92nRXDSjSxeoiBqYyRcrLzMm8xK3ro1QS1uo8=", "seasalt2"],
    ["pbkdf2_sha1$390000$seasalt2$aDapRanzW8aHTz97v2TcfHzWD+I=", "seasalt2"],
  ] as const;

  it.each(cases)("%s verifies, and encoding with its salt gives it back", async (encoded, salt) => {
    expect(await checkPassword("lètmein", encoded)).toBe(true);
    expect(await checkPassword("lètmeinz", encoded)).toBe(false);
    const hasher = identifyHasher(encoded) as PBKDF2PasswordHasher;
    expect(await hasher.encode("lètmein", salt, 390000)).toBe(encoded);
  });
});

describe("makePassword", () => {
  it("uses Django 6.1's format and iteration count with a 22-character random salt", async () => {
    expect(PBKDF2_ITERATIONS).toBe(1_500_000);
    const encoded = await makePassword("lètmein");
    const [algorithm, iterations, salt, hash] = encoded.split("$");
    expect(algorithm).toBe("pbkdf2_sha256");
    expect(iterations).toBe("1500000");
    expect(salt).toMatch(/^[a-zA-Z0-9]{22}$/);
    expect(hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await checkPassword("lètmein", encoded)).toBe(true);
    expect(await checkPassword("lètmeinz", encoded)).toBe(false);
    expect(encoded).not.toBe(await makePassword("lètmein"));
  });

  it("hashes blank passwords (which still match only themselves)", async () => {
    const blank = await makePassword("", { hashers: fastHashers });
    expect(isPasswordUsable(blank)).toBe(true);
    expect(await checkPassword("", blank, undefined, fastHashers)).toBe(true);
    expect(await checkPassword(" ", blank, undefined, fastHashers)).toBe(false);
  });

  it("makes unusable passwords from null: a prefix and 40 random characters that never match", async () => {
    const encoded = await makePassword(null);
    expect(encoded).toHaveLength(UNUSABLE_PASSWORD_PREFIX.length + UNUSABLE_PASSWORD_SUFFIX_LENGTH);
    expect(isPasswordUsable(encoded)).toBe(false);
    expect(await checkPassword(null, encoded)).toBe(false);
    expect(await checkPassword(encoded, encoded)).toBe(false);
    expect(await checkPassword(UNUSABLE_PASSWORD_PREFIX, encoded)).toBe(false);
    expect(encoded).not.toBe(await makePassword(null));
  });

  it("refuses what is not a string, and salts that are empty or hold $", async () => {
    await expect(makePassword(1 as unknown as string)).rejects.toThrow("Password must be a string, got number.");
    await expect(makePassword("x", { salt: "sea$salt", hashers: fastHashers })).rejects.toThrow("salt must be provided and cannot contain $.");
    await expect(fast.encode("x", "")).rejects.toThrow("salt must be provided and cannot contain $.");
    await expect(makePassword("x", { hashers: [] })).rejects.toThrow("PASSWORD_HASHERS must list at least one hasher.");
    expect(() => new PBKDF2PasswordHasher({ iterations: 0 })).toThrow("PBKDF2 iterations must be a positive integer; got 0.");
  });
});

describe("checkPassword", () => {
  it("never matches a null password, an unknown algorithm or a malformed hash", async () => {
    const encoded = await makePassword("letmein", { hashers: fastHashers });
    expect(await checkPassword(null, encoded, undefined, fastHashers)).toBe(false);
    expect(await checkPassword(undefined, encoded, undefined, fastHashers)).toBe(false);
    for (const bad of ["lolcat$salt$hash", "pbkdf2_sha256$x$salt$hash", "pbkdf2_sha256$1000$salt", "pbkdf2_sha256$0$s$h", "", "plain"]) {
      expect(await checkPassword("letmein", bad, undefined, fastHashers)).toBe(false);
    }
    expect(isPasswordUsable("lètmein_badencoded")).toBe(true);
    expect(isPasswordUsable("")).toBe(true);
    expect(isPasswordUsable(null)).toBe(true);
  });

  it("calls the setter with the password when a correct one has a stale iteration count", async () => {
    const old = await new PBKDF2PasswordHasher({ iterations: 1 }).encode("letmein", fast.salt());
    expect(old.split("$")[1]).toBe("1");
    const setter = vi.fn();
    expect(await checkPassword("letmein", old, setter, [new PBKDF2PasswordHasher({ iterations: 1 })])).toBe(true);
    expect(setter).not.toHaveBeenCalled();
    expect(await checkPassword("letmein", old, setter, fastHashers)).toBe(true);
    expect(setter).toHaveBeenCalledWith("letmein");
  });

  it("does not call the setter for a wrong password, a current hash or no setter at all", async () => {
    const current = await makePassword("letmein", { hashers: fastHashers });
    const setter = vi.fn();
    expect(await checkPassword("WRONG", current, setter, fastHashers)).toBe(false);
    expect(await checkPassword("letmein", current, setter, fastHashers)).toBe(true);
    expect(setter).not.toHaveBeenCalled();
    expect(await checkPassword("letmein", current, undefined, fastHashers)).toBe(true);
  });

  it("upgrades a hash of another algorithm (pbkdf2_sha1) to the preferred one", async () => {
    const sha1 = await fastHashers[1]!.encode("letmein", fast.salt());
    const setter = vi.fn();
    expect(await checkPassword("letmein", sha1, setter, fastHashers)).toBe(true);
    expect(setter).toHaveBeenCalledOnce();
    expect(await checkPassword("WRONG", sha1, setter, fastHashers)).toBe(false);
    expect(setter).toHaveBeenCalledOnce();
  });

  it("upgrades a hash whose salt has less than 128 bits of entropy", async () => {
    const weak = await fast.encode("lètmein", "iodizedsalt");
    const strong = await fast.encode("lètmein", fast.salt());
    expect(fast.mustUpdate(weak)).toBe(true);
    expect(fast.mustUpdate(strong)).toBe(false);
    expect((await verifyPassword("lètmein", weak, fastHashers)).mustUpdate).toBe(true);
  });

  it("hardens the runtime of a wrong password against a stale hash: it runs the missing iterations", async () => {
    const hasher = new PBKDF2PasswordHasher({ iterations: 6 });
    const stale = await new PBKDF2PasswordHasher({ iterations: 1 }).encode("letmein", "seasaltseasaltseasalt12");
    const encode = vi.spyOn(hasher, "encode");
    expect(await checkPassword("wrong_password", stale, undefined, [hasher])).toBe(false);
    const salt = stale.split("$")[2];
    // One call to verify at the stored count, then one with the 5 iterations it lacked.
    expect(encode.mock.calls).toEqual([
      ["wrong_password", salt, 1],
      ["wrong_password", salt, 5],
    ]);
    encode.mockClear();
    expect(await checkPassword("letmein", stale, undefined, [hasher])).toBe(true);
    expect(encode).toHaveBeenCalledTimes(1);
  });

  it("shows a safe summary with the salt and hash masked", async () => {
    const encoded = await fast.encode("x", "abcdefghijklmnopqrstuv");
    const summary = fast.safeSummary(encoded);
    expect(summary).toMatchObject({ algorithm: "pbkdf2_sha256", iterations: "1000", salt: "abcdef****************" });
    expect(summary.hash).toMatch(/^.{6}\*{38}$/);
  });

  it("the default list prefers PBKDF2-SHA256 at Django's count", () => {
    expect(DEFAULT_PASSWORD_HASHERS.map((h) => h.algorithm)).toEqual(["pbkdf2_sha256", "pbkdf2_sha1"]);
  });
});
