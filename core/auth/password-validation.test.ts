import { describe, expect, it } from "vitest";
import { ValidationError } from "../forms/errors.ts";
import {
  CommonPasswordValidator,
  defaultPasswordValidators,
  MinimumLengthValidator,
  NumericPasswordValidator,
  passwordValidatorsHelpTextHtml,
  passwordValidatorsHelpTexts,
  quickRatio,
  UserAttributeSimilarityValidator,
  validatePassword,
} from "./password-validation.ts";

async function errorsOf(password: string, validators = defaultPasswordValidators(), user?: object): Promise<[string | undefined, string][]> {
  try {
    await validatePassword(password, user, validators);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errorList.map((e) => [e.code, e.message]);
  }
}

describe("MinimumLengthValidator", () => {
  it("refuses passwords shorter than minLength, with Django's singular and plural", async () => {
    expect(await errorsOf("1234567", [new MinimumLengthValidator()])).toEqual([
      ["password_too_short", "This password is too short. It must contain at least 8 characters."],
    ]);
    expect(await errorsOf("12345678", [new MinimumLengthValidator()])).toEqual([]);
    expect(await errorsOf("", [new MinimumLengthValidator({ minLength: 1 })])).toEqual([
      ["password_too_short", "This password is too short. It must contain at least 1 character."],
    ]);
    expect(new MinimumLengthValidator({ minLength: 1 }).helpText()).toBe("Your password must contain at least 1 character.");
    expect(new MinimumLengthValidator().helpText()).toBe("Your password must contain at least 8 characters.");
  });

  it("counts characters, not UTF-16 units", async () => {
    expect(await errorsOf("😀😀😀😀", [new MinimumLengthValidator({ minLength: 5 })])).toHaveLength(1);
  });
});

describe("CommonPasswordValidator", () => {
  it("refuses the most common passwords, whatever their case and surrounding spaces", async () => {
    const validator = new CommonPasswordValidator();
    for (const common of ["password", "123456", "  Qwerty ", "LETMEIN", "iloveyou", "dragon"]) {
      expect(await errorsOf(common, [validator])).toEqual([["password_too_common", "This password is too common."]]);
    }
    expect(await errorsOf("correct horse battery staple 71", [validator])).toEqual([]);
    expect((await validator.passwords()).size).toBe(CommonPasswordValidator.DEFAULT_LIST_SIZE);
  });

  it("takes a list of its own", async () => {
    const validator = new CommonPasswordValidator({ passwords: ["Hunter2 "] });
    expect(await errorsOf("hunter2", [validator])).toHaveLength(1);
    expect(await errorsOf("password", [validator])).toEqual([]);
    expect(validator.helpText()).toBe("Your password can’t be a commonly used password.");
  });
});

describe("NumericPasswordValidator", () => {
  it("refuses digits only (any script), accepts anything else", async () => {
    const validator = [new NumericPasswordValidator()];
    expect(await errorsOf("12345678901", validator)).toEqual([["password_entirely_numeric", "This password is entirely numeric."]]);
    expect(await errorsOf("١٢٣٤٥٦٧٨٩", validator)).toHaveLength(1);
    expect(await errorsOf("1234a", validator)).toEqual([]);
    expect(await errorsOf("", validator)).toEqual([]);
  });
});

describe("UserAttributeSimilarityValidator", () => {
  const user = { username: "testclient", firstName: "Test", lastName: "Client", email: "testclient@example.com" };

  it("refuses a password too similar to an attribute or to one of its words", async () => {
    const validator = [new UserAttributeSimilarityValidator()];
    expect(await errorsOf("testclient", validator, user)).toEqual([["password_too_similar", "The password is too similar to the username."]]);
    expect(await errorsOf("example", validator, user)).toEqual([["password_too_similar", "The password is too similar to the email."]]);
    expect(await errorsOf("xyz-lovely-zebra", validator, user)).toEqual([]);
    expect(await errorsOf("testclient", validator)).toEqual([]); // no user, nothing to compare
  });

  it("names the field by the model's verbose name when there is one, else in words", async () => {
    class Person {
      firstName = "Augusta";
      static _meta = {
        findField: (name: string) => (name === "email" ? { verboseName: "email address" } : name === "firstName" ? {} : undefined),
      };
      email = "augusta@example.org";
    }
    const validator = [new UserAttributeSimilarityValidator({ userAttributes: ["firstName", "email"] })];
    expect(await errorsOf("augusta", validator, new Person())).toEqual([["password_too_similar", "The password is too similar to the first name."]]);
    expect(await errorsOf("augusta@example.org", [new UserAttributeSimilarityValidator({ userAttributes: ["email"] })], new Person())).toEqual([
      ["password_too_similar", "The password is too similar to the email address."],
    ]);
  });

  it("takes maxSimilarity and refuses one below 0.1", async () => {
    expect(() => new UserAttributeSimilarityValidator({ maxSimilarity: 0.05 })).toThrow("maxSimilarity must be at least 0.1");
    expect(await errorsOf("tesclient", [new UserAttributeSimilarityValidator({ maxSimilarity: 1 })], user)).toEqual([]);
    expect(await errorsOf("testclient", [new UserAttributeSimilarityValidator({ maxSimilarity: 1 })], user)).toHaveLength(1);
  });

  it("skips comparing a very long password with a short value (the ratio cannot reach the limit)", async () => {
    expect(await errorsOf("a".repeat(10_000) + "testclient", [new UserAttributeSimilarityValidator()], user)).toEqual([]);
  });
});

describe("quickRatio (difflib's SequenceMatcher.quick_ratio)", () => {
  it("matches Python's values", () => {
    expect(quickRatio("abcd", "bcde")).toBeCloseTo(0.75);
    expect(quickRatio("aab", "ab")).toBeCloseTo(0.8);
    expect(quickRatio("", "")).toBe(1);
    expect(quickRatio("abc", "")).toBe(0);
  });
});

describe("validatePassword", () => {
  it("collects every validator's error at once, in order", async () => {
    expect((await errorsOf("1234")).map(([code]) => code)).toEqual(["password_too_short", "password_too_common", "password_entirely_numeric"]);
  });

  it("lets errors that are not validation errors through", async () => {
    const broken = { validate: () => { throw new TypeError("boom"); }, helpText: () => "" };
    await expect(validatePassword("x", null, [broken])).rejects.toThrow("boom");
  });

  it("gives the help texts, as a list and as escaped HTML", () => {
    const validators = [new MinimumLengthValidator({ minLength: 3 }), new NumericPasswordValidator()];
    expect(passwordValidatorsHelpTexts(validators)).toEqual(["Your password must contain at least 3 characters.", "Your password can’t be entirely numeric."]);
    expect(String(passwordValidatorsHelpTextHtml(validators))).toBe(
      "<ul><li>Your password must contain at least 3 characters.</li><li>Your password can’t be entirely numeric.</li></ul>",
    );
    expect(String(passwordValidatorsHelpTextHtml([{ validate() {}, helpText: () => "<b>" }]))).toBe("<ul><li>&lt;b&gt;</li></ul>");
    expect(String(passwordValidatorsHelpTextHtml([]))).toBe("");
  });
});
