/**
 * Django's own form field tests (tests/forms_tests/field_tests/test_urlfield.py,
 * test_datetimefield.py, test_datefield.py), translated case by case.
 */
import { describe, expect, test } from "vitest";
import type { Field } from "./field.ts";
import * as forms from "./index.ts";

function messagesOf(field: Field<any>, value: unknown): string[] {
  try {
    field.clean(value);
  } catch (error) {
    if (error instanceof forms.ValidationError) return error.messages;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be invalid`);
}

/** A UTC Date from Python's datetime(y, m, d, h, mi, s, µs): JavaScript keeps milliseconds. */
const dt = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, us = 0) => new Date(Date.UTC(y, m - 1, d, h, mi, s, Math.floor(us / 1000)));

describe("URLFieldTest", () => {
  test("test_urlfield_widget_max_min_length", () => {
    const f = forms.URLField({ minLength: 15, maxLength: 20 });
    expect(f.clean("http://example.com")).toBe("http://example.com");
    expect(messagesOf(f, "http://f.com")).toEqual(["Ensure this value has at least 15 characters (it has 12)."]);
    expect(messagesOf(f, "http://abcdefghijklmnopqrstuvwxyz.com")).toEqual(["Ensure this value has at most 20 characters (it has 37)."]);
  });

  test.each([
    ["http://localhost", "http://localhost"],
    ["http://example.com", "http://example.com"],
    ["http://example.com/test", "http://example.com/test"],
    ["http://example.com.", "http://example.com."],
    ["http://www.example.com", "http://www.example.com"],
    ["http://www.example.com:8000/test", "http://www.example.com:8000/test"],
    ["http://example.com?some_param=some_value", "http://example.com?some_param=some_value"],
    ["valid-with-hyphens.com", "https://valid-with-hyphens.com"],
    ["subdomain.domain.com", "https://subdomain.domain.com"],
    ["http://200.8.9.10", "http://200.8.9.10"],
    ["http://200.8.9.10:8000/test", "http://200.8.9.10:8000/test"],
    ["http://valid-----hyphens.com", "http://valid-----hyphens.com"],
    ["http://some.idn.xyzäöüßabc.domain.com:123/blah", "http://some.idn.xyz\xe4\xf6\xfc\xdfabc.domain.com:123/blah"],
    ["www.example.com/s/http://code.djangoproject.com/ticket/13804", "https://www.example.com/s/http://code.djangoproject.com/ticket/13804"],
    ["http://example.com/     ", "http://example.com/"],
    ["http://עברית.idn.icann.org/", "http://עברית.idn.icann.org/"],
    ["http://sãopaulo.com/", "http://sãopaulo.com/"],
    ["http://sãopaulo.com.br/", "http://sãopaulo.com.br/"],
    ["http://пример.испытание/", "http://пример.испытание/"],
    ["http://مثال.إختبار/", "http://مثال.إختبار/"],
    ["http://例子.测试/", "http://例子.测试/"],
    ["http://例子.測試/", "http://例子.測試/"],
    ["http://उदाहरण.परीक्षा/", "http://उदाहरण.परीक्षा/"],
    ["http://例え.テスト/", "http://例え.テスト/"],
    ["http://مثال.آزمایشی/", "http://مثال.آزمایشی/"],
    ["http://실례.테스트/", "http://실례.테스트/"],
    ["http://العربية.idn.icann.org/", "http://العربية.idn.icann.org/"],
    ["http://[12:34::3a53]/", "http://[12:34::3a53]/"],
    ["http://[a34:9238::]:8080/", "http://[a34:9238::]:8080/"],
  ])("test_urlfield_clean: %s", (url, expected) => {
    expect(forms.URLField({ required: false, assumeScheme: "https" }).clean(url)).toBe(expected);
  });

  test.each<unknown>([
    "foo", "com.", ".", "http://", "http://example", "http://example.", "http://.com", "http://invalid-.com", "http://-invalid.com",
    "http://inv-.alid-.com", "http://inv-.-alid.com", "[a", "http://[a", 23, `http://${"X".repeat(60)}`, `http://${"X".repeat(200)}`,
    "////]@N.AN", "#@A.bO",
    // The port is at most 65535 (tests/validators: "http://localhost:80000" is invalid).
    "http://localhost:80000", "http://example.com:65536/",
  ])("test_urlfield_clean_invalid: %j", (value) => {
    expect(messagesOf(forms.URLField(), value)).toEqual(["Enter a valid URL."]);
  });

  test("a port up to 65535 is valid", () => {
    expect(forms.URLField().clean("http://localhost:65535/")).toBe("http://localhost:65535/");
  });

  test("test_urlfield_clean_required", () => {
    expect(messagesOf(forms.URLField(), null)).toEqual(["This field is required."]);
    expect(messagesOf(forms.URLField(), "")).toEqual(["This field is required."]);
  });

  test("test_urlfield_clean_not_required", () => {
    const f = forms.URLField({ required: false });
    expect(f.clean(null)).toBe("");
    expect(f.clean("")).toBe("");
  });

  test("test_urlfield_strip_on_none_value", () => {
    const f = forms.URLField({ required: false, emptyValue: null });
    expect(f.clean("")).toBeNull();
    expect(f.clean(null)).toBeNull();
  });

  test("test_urlfield_assume_scheme (Django 6's default, https)", () => {
    expect(forms.URLField().clean("example.com")).toBe("https://example.com");
    expect(forms.URLField({ assumeScheme: "http" }).clean("example.com")).toBe("http://example.com");
    expect(forms.URLField({ assumeScheme: "https" }).clean("example.com")).toBe("https://example.com");
  });
});

describe("DateTimeFieldTest", () => {
  test("test_datetimefield_1", () => {
    const f = forms.DateTimeField();
    expect(f.clean(dt(2006, 10, 25))).toEqual(dt(2006, 10, 25));
    expect(f.clean(dt(2006, 10, 25, 14, 30))).toEqual(dt(2006, 10, 25, 14, 30));
    expect(f.clean(dt(2006, 10, 25, 14, 30, 59))).toEqual(dt(2006, 10, 25, 14, 30, 59));
    const cases: [string, Date][] = [
      ["2006-10-25 14:30:45.000200", dt(2006, 10, 25, 14, 30, 45, 200)],
      ["2006-10-25 14:30:45.0002", dt(2006, 10, 25, 14, 30, 45, 200)],
      ["2006-10-25 14:30:45", dt(2006, 10, 25, 14, 30, 45)],
      ["2006-10-25 14:30:00", dt(2006, 10, 25, 14, 30)],
      ["2006-10-25 14:30", dt(2006, 10, 25, 14, 30)],
      ["2006-10-25", dt(2006, 10, 25)],
      ["10/25/2006 14:30:45.000200", dt(2006, 10, 25, 14, 30, 45, 200)],
      ["10/25/2006 14:30:45", dt(2006, 10, 25, 14, 30, 45)],
      ["10/25/2006 14:30:00", dt(2006, 10, 25, 14, 30)],
      ["10/25/2006 14:30", dt(2006, 10, 25, 14, 30)],
      ["10/25/2006", dt(2006, 10, 25)],
      ["10/25/06 14:30:45.000200", dt(2006, 10, 25, 14, 30, 45, 200)],
      ["10/25/06 14:30:45", dt(2006, 10, 25, 14, 30, 45)],
      ["10/25/06 14:30:00", dt(2006, 10, 25, 14, 30)],
      ["10/25/06 14:30", dt(2006, 10, 25, 14, 30)],
      ["10/25/06", dt(2006, 10, 25)],
      // DATE_INPUT_FORMATS apply to a DateTimeField too, month names included.
      ["Oct 25 2006", dt(2006, 10, 25)],
      ["25 October, 2006", dt(2006, 10, 25)],
    ];
    for (const [text, expected] of cases) expect(f.clean(text)).toEqual(expected);
    expect(messagesOf(f, "hello")).toEqual(["Enter a valid date/time."]);
    expect(messagesOf(f, "2006-10-25 4:30 p.m.")).toEqual(["Enter a valid date/time."]);
  });

  test("test_datetimefield_2", () => {
    const f = forms.DateTimeField({ inputFormats: ["%Y %m %d %I:%M %p"] });
    expect(f.clean(dt(2006, 10, 25, 14, 30))).toEqual(dt(2006, 10, 25, 14, 30));
    expect(f.clean("2006 10 25 2:30 PM")).toEqual(dt(2006, 10, 25, 14, 30));
  });

  test("test_datetimefield_3", () => {
    const f = forms.DateTimeField({ required: false });
    expect(f.clean(null)).toBeNull();
    expect(f.clean("")).toBeNull();
  });

  test("test_datetimefield_4", () => {
    const f = forms.DateTimeField();
    expect(f.clean(" 2006-10-25   14:30:45 ")).toEqual(dt(2006, 10, 25, 14, 30, 45));
    expect(f.clean(" 2006-10-25 ")).toEqual(dt(2006, 10, 25));
    expect(f.clean(" 10/25/2006 14:30:45 ")).toEqual(dt(2006, 10, 25, 14, 30, 45));
    expect(f.clean(" 10/25/2006 14:30 ")).toEqual(dt(2006, 10, 25, 14, 30));
    expect(f.clean(" 10/25/2006 ")).toEqual(dt(2006, 10, 25));
    expect(f.clean(" 10/25/06 14:30:45 ")).toEqual(dt(2006, 10, 25, 14, 30, 45));
    expect(f.clean(" 10/25/06 ")).toEqual(dt(2006, 10, 25));
    expect(messagesOf(f, "   ")).toEqual(["Enter a valid date/time."]);
  });

  test("test_datetimefield_5", () => {
    expect(forms.DateTimeField({ inputFormats: ["%Y.%m.%d %H:%M:%S.%f"] }).clean("2006.10.25 14:30:45.0002")).toEqual(dt(2006, 10, 25, 14, 30, 45, 200));
  });

  test("test_datetimefield_changed", () => {
    const f = forms.DateTimeField({ inputFormats: ["%Y %m %d %I:%M %p"] });
    expect(f.hasChanged(dt(2006, 9, 17, 14, 30), "2006 09 17 2:30 PM")).toBe(false);
  });
});

describe("DateFieldTest (tests/forms_tests/tests/test_input_formats.py's defaults)", () => {
  test.each([
    ["2006-10-25"], ["10/25/2006"], ["10/25/06"], ["Oct 25 2006"], ["Oct 25, 2006"], ["25 Oct 2006"], ["25 Oct, 2006"],
    ["October 25 2006"], ["October 25, 2006"], ["25 October 2006"], ["25 October, 2006"], ["october 25, 2006"],
  ])("accepts Django's default input format: %s", (text) => {
    expect(forms.DateField().clean(text)).toEqual(dt(2006, 10, 25));
  });
  test("test_form_field: an invalid date is refused", () => {
    expect(messagesOf(forms.DateField(), "2010-2-31")).toEqual(["Enter a valid date."]);
    expect(forms.DateField().clean("2008-4-1")).toEqual(dt(2008, 4, 1));
  });
});

describe("documented difference: dates have millisecond precision", () => {
  // JavaScript's Date keeps milliseconds: Django's datetime(2006, 10, 25, 14, 30, 45, 200) has
  // 200 microseconds, which onefile cannot hold; the microseconds beyond a millisecond are dropped.
  test("microseconds are truncated to milliseconds", () => {
    expect(forms.DateTimeField().clean("2006-10-25 14:30:45.123456")).toEqual(new Date(Date.UTC(2006, 9, 25, 14, 30, 45, 123)));
  });
});
