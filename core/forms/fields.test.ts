import { describe, expect, test } from "vitest";
import * as forms from "./index.ts";
import type { Field } from "./field.ts";

/** The messages `field.clean(value)` throws, or the cleaned value. */
function messagesOf(field: Field<any>, value: unknown): string[] {
  try {
    field.clean(value);
  } catch (error) {
    if (error instanceof forms.ValidationError) return error.messages;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be invalid`);
}

describe("CharField", () => {
  test("strips, keeps text, and is required by default", () => {
    const f = forms.CharField({ maxLength: 5, minLength: 2 });
    expect(f.clean("  abc ")).toBe("abc");
    expect(messagesOf(f, "")).toEqual(["This field is required."]);
    expect(messagesOf(f, "   ")).toEqual(["This field is required."]);
    expect(messagesOf(f, undefined)).toEqual(["This field is required."]);
  });
  test("length limits use Django's wording, singular and plural, counting code points", () => {
    expect(messagesOf(forms.CharField({ maxLength: 100 }), "x".repeat(120))).toEqual([
      "Ensure this value has at most 100 characters (it has 120).",
    ]);
    expect(messagesOf(forms.CharField({ maxLength: 1 }), "ab")).toEqual(["Ensure this value has at most 1 character (it has 2)."]);
    expect(messagesOf(forms.CharField({ minLength: 3 }), "ab")).toEqual(["Ensure this value has at least 3 characters (it has 2)."]);
    expect(forms.CharField({ maxLength: 2 }).clean("😀😀")).toBe("😀😀");
  });
  test("optional fields clean to the empty value", () => {
    expect(forms.CharField({ required: false }).clean("")).toBe("");
    expect(forms.CharField({ required: false, emptyValue: null }).clean("  ")).toBeNull();
    expect(forms.CharField({ strip: false }).clean(" a ")).toBe(" a ");
  });
  test("null characters are rejected", () => {
    expect(messagesOf(forms.CharField(), "a\0b")).toEqual(["Null characters are not allowed."]);
  });
  test("errorMessages override and validators run", () => {
    const f = forms.CharField({
      errorMessages: { required: "Name, please." },
      validators: [(v) => { if (v === "root") throw new forms.ValidationError("Reserved.", { code: "reserved" }); }],
    });
    expect(messagesOf(f, "")).toEqual(["Name, please."]);
    expect(messagesOf(f, "root")).toEqual(["Reserved."]);
  });
  test("callable and constructible alike", () => {
    const a = forms.CharField();
    const b = new forms.CharField({ maxLength: 3 });
    expect(a).toBeInstanceOf(forms.CharField);
    expect(b).toBeInstanceOf(forms.Field);
  });
});

describe("EmailField", () => {
  const f = forms.EmailField();
  test.each(["ann@example.com", "a.b+c@sub.example.co.uk", "x@localhost", '"odd.name!"@example.com', "a@[127.0.0.1]", "ü@bücher.de".replace("ü@", "u@")])(
    "accepts %s",
    (value) => expect(f.clean(` ${value} `)).toBe(value),
  );
  test.each(["ann", "ann@", "@example.com", "ann@example", "a b@example.com", "ann@-example.com", "a..b@example.com"])(
    "rejects %s",
    (value) => expect(messagesOf(f, value)).toEqual(["Enter a valid email address."]),
  );
});

describe("URLField", () => {
  const f = forms.URLField();
  test("accepts URLs and adds https:// when the scheme is missing", () => {
    expect(f.clean("https://example.com/a?b=c#d")).toBe("https://example.com/a?b=c#d");
    expect(f.clean("example.com/path")).toBe("https://example.com/path");
    expect(f.clean("http://localhost:8000/")).toBe("http://localhost:8000/");
    expect(f.clean("http://192.168.0.1/")).toBe("http://192.168.0.1/");
    expect(f.clean("http://[::1]:80/")).toBe("http://[::1]:80/");
    expect(forms.URLField({ assumeScheme: "http" }).clean("example.com")).toBe("http://example.com");
  });
  test.each(["http://", "https://example", "mailto:ann@example.com", "javascript:alert(1)", "http://exa mple.com", "http://[zz]/"])(
    "rejects %s",
    (value) => expect(messagesOf(f, value)).toEqual(["Enter a valid URL."]),
  );
});

describe("IntegerField", () => {
  test("parses whole numbers like Django", () => {
    const f = forms.IntegerField();
    expect(f.clean("42")).toBe(42);
    expect(f.clean(" -7 ")).toBe(-7);
    expect(f.clean("+3")).toBe(3);
    expect(f.clean("12.0")).toBe(12);
    expect(f.clean(5)).toBe(5);
  });
  test.each(["abc", "1.5", "1e3", "", "99999999999999999999"])("rejects %j", (value) => {
    expect(messagesOf(forms.IntegerField(), value)).toEqual([value === "" ? "This field is required." : "Enter a whole number."]);
  });
  test("ranges and steps", () => {
    const f = forms.IntegerField({ min: 1, max: 10, stepSize: 3 });
    expect(messagesOf(f, "11")).toEqual(["Ensure this value is less than or equal to 10."]);
    expect(messagesOf(f, "0")).toEqual(["Ensure this value is greater than or equal to 1."]);
    expect(messagesOf(f, "4")).toEqual(["Ensure this value is a multiple of step size 3."]);
    expect(f.clean("9")).toBe(9);
    expect(forms.IntegerField({ minValue: 5 }).min).toBe(5);
  });
  test("optional is null when empty", () => {
    expect(forms.IntegerField({ required: false }).clean("")).toBeNull();
  });
});

describe("FloatField", () => {
  test("valid and invalid", () => {
    const f = forms.FloatField({ max: 2.5 });
    expect(f.clean("1.25")).toBe(1.25);
    expect(f.clean(".5")).toBe(0.5);
    expect(f.clean("1e-1")).toBe(0.1);
    for (const bad of ["x", "inf", "NaN", "1,5"]) expect(messagesOf(f, bad)).toEqual(["Enter a number."]);
    expect(messagesOf(f, "3")).toEqual(["Ensure this value is less than or equal to 2.5."]);
    expect(forms.FloatField({ required: false }).clean("")).toBeNull();
    expect(messagesOf(forms.FloatField({ required: false }), " ")).toEqual(["Enter a number."]);
  });
});

describe("DecimalField", () => {
  test("cleans to an exact string in plain notation", () => {
    const f = forms.DecimalField();
    expect(f.clean("12.50")).toBe("12.50");
    expect(f.clean(".5")).toBe("0.5");
    expect(f.clean("-007.10")).toBe("-7.10");
    expect(f.clean("1.5e2")).toBe("150");
    expect(messagesOf(f, "1.2.3")).toEqual(["Enter a number."]);
    expect(messagesOf(f, "NaN")).toEqual(["Enter a number."]);
  });
  test("digit limits with Django's messages", () => {
    const f = forms.DecimalField({ maxDigits: 4, decimalPlaces: 2 });
    expect(f.clean("12.34")).toBe("12.34");
    expect(messagesOf(f, "123.45")).toEqual(["Ensure that there are no more than 4 digits in total."]);
    expect(messagesOf(f, "1.234")).toEqual(["Ensure that there are no more than 2 decimal places."]);
    expect(messagesOf(forms.DecimalField({ decimalPlaces: 1 }), "1.23")).toEqual(["Ensure that there are no more than 1 decimal place."]);
    expect(messagesOf(f, "123.4")).toEqual(["Ensure that there are no more than 2 digits before the decimal point."]);
    expect(f.clean("0.05")).toBe("0.05");
  });
  test("ranges compare exactly, and default step follows decimal places", () => {
    const f = forms.DecimalField({ max: "1" });
    expect(messagesOf(f, "1.0000000000000001")).toEqual(["Ensure this value is less than or equal to 1."]);
    expect(f.clean("1.000")).toBe("1.000");
    expect(forms.DecimalField({ decimalPlaces: 2 }).widgetAttrs(new forms.NumberInput()).step).toBe("0.01");
  });
});

describe("BooleanField", () => {
  test("required means ticked; optional is false", () => {
    expect(forms.BooleanField().clean(true)).toBe(true);
    expect(messagesOf(forms.BooleanField(), false)).toEqual(["This field is required."]);
    expect(forms.BooleanField({ required: false }).clean(false)).toBe(false);
    expect(forms.BooleanField({ required: false }).clean("false")).toBe(false);
    expect(forms.BooleanField({ required: false }).clean("0")).toBe(false);
    expect(forms.BooleanField().clean("on")).toBe(true);
  });
});

describe("ChoiceField", () => {
  const f = forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"], ["More", [["x", "X"]]], 7] });
  test("accepts choices, including grouped and numeric ones", () => {
    expect(f.clean("bug")).toBe("bug");
    expect(f.clean("x")).toBe("x");
    expect(f.clean("7")).toBe("7");
  });
  test("rejects others with Django's message", () => {
    expect(messagesOf(f, "zzz")).toEqual(["Select a valid choice. zzz is not one of the available choices."]);
    expect(messagesOf(f, "")).toEqual(["This field is required."]);
    expect(forms.ChoiceField({ choices: ["a"], required: false }).clean("")).toBe("");
  });
  test("choices can be a function, read each time", () => {
    let list = ["a"];
    const dynamic = forms.ChoiceField({ choices: () => list });
    expect(messagesOf(dynamic, "b")).toHaveLength(1);
    list = ["a", "b"];
    expect(dynamic.clean("b")).toBe("b");
  });
  test("a missing choices option is a clear error", () => {
    expect(() => forms.ChoiceField({} as never)).toThrow("ChoiceField needs a choices option.");
  });
});

describe("MultipleChoiceField", () => {
  const f = forms.MultipleChoiceField({ choices: ["red", "green", "blue"] });
  test("valid lists", () => {
    expect(f.clean(["red", "blue"])).toEqual(["red", "blue"]);
    expect(forms.MultipleChoiceField({ choices: ["a"], required: false }).clean([])).toEqual([]);
  });
  test("invalid lists", () => {
    expect(messagesOf(f, [])).toEqual(["This field is required."]);
    expect(messagesOf(f, "red")).toEqual(["Enter a list of values."]);
    expect(messagesOf(f, ["red", "pink"])).toEqual(["Select a valid choice. pink is not one of the available choices."]);
  });
});

describe("DateField and DateTimeField", () => {
  test("dates in Django's default formats, as UTC midnight", () => {
    const f = forms.DateField();
    expect(f.clean("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(f.clean("02/29/2024").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(f.clean("12/31/99").toISOString()).toBe("1999-12-31T00:00:00.000Z");
    expect(f.clean("0099-01-01").getUTCFullYear()).toBe(99);
    for (const bad of ["2023-02-29", "2024-13-01", "tomorrow", "2024/01/01"]) expect(messagesOf(f, bad)).toEqual(["Enter a valid date."]);
    expect(forms.DateField({ required: false }).clean("")).toBeNull();
  });
  test("date-times: ISO with T or space, seconds, fractions, offsets; naive is UTC", () => {
    const f = forms.DateTimeField();
    expect(f.clean("2024-05-01T09:30").toISOString()).toBe("2024-05-01T09:30:00.000Z");
    expect(f.clean("2024-05-01 09:30:15.250").toISOString()).toBe("2024-05-01T09:30:15.250Z");
    expect(f.clean("2024-05-01T09:30+02:00").toISOString()).toBe("2024-05-01T07:30:00.000Z");
    expect(f.clean("2024-05-01T09:30Z").toISOString()).toBe("2024-05-01T09:30:00.000Z");
    expect(f.clean("2024-05-01").toISOString()).toBe("2024-05-01T00:00:00.000Z");
    for (const bad of ["2024-05-01T25:00", "2024-05-01T09:60", "now"]) expect(messagesOf(f, bad)).toEqual(["Enter a valid date/time."]);
  });
});

describe("FileField", () => {
  const file = (body: string, name = "a.txt") => new File([body], name, { type: "text/plain" });
  test("accepts a File and rejects empty or missing ones", async () => {
    const f = forms.FileField();
    const upload = file("hello");
    expect(f.clean(upload)).toBe(upload);
    expect(await f.clean(upload).text()).toBe("hello");
    expect(messagesOf(f, file(""))).toEqual(["The submitted file is empty."]);
    expect(messagesOf(f, null)).toEqual(["This field is required."]);
    expect(messagesOf(f, new File([], ""))).toEqual(["This field is required."]);
    expect(messagesOf(f, "a.txt")).toEqual(["No file was submitted. Check the encoding type on the form."]);
    expect(forms.FileField({ allowEmptyFile: true }).clean(file("")).name).toBe("a.txt");
  });
  test("file name length", () => {
    expect(messagesOf(forms.FileField({ maxLength: 5 }), file("x", "long-name.txt"))).toEqual([
      "Ensure this filename has at most 5 characters (it has 13).",
    ]);
  });
  test("initial file, clearing and contradiction", () => {
    const stored = file("old", "old.txt");
    const optional = forms.FileField({ required: false });
    expect(optional.clean(null, stored)).toBe(stored);
    expect(optional.clean(false, stored)).toBeNull();
    expect(messagesOf(optional, forms.FILE_INPUT_CONTRADICTION)).toEqual([
      "Please either submit a file or check the clear checkbox, not both.",
    ]);
    expect(forms.FileField().clean(undefined, stored)).toBe(stored);
  });
});
