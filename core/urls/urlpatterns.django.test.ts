/**
 * Django's own tests for `path()` routes and converters (tests/urlpatterns/tests.py),
 * translated case by case: each `describe` names the Django test class, each case its method.
 * The URL confs translate path_urls.py, included_urls.py, more_urls.py, converter_urls.py and
 * path_base64_urls.py. Deliberate differences are kept under "documented difference: …".
 */
import { describe, expect, test } from "vitest";
import { ImproperlyConfigured } from "./errors.ts";
import { ConverterRegistry, include, NoReverseMatch, path, rePath, URLResolver, type Converter, type URLPattern } from "./index.ts";

function empty_view() {
  return "";
}

const moreUrls = (): URLPattern[] => [rePath(String.raw`^more/(?P<extra>\w+)/$`, empty_view, { name: "inner-more" })];
const includedUrls = (): URLPattern[] => [path("extra/<extra>/", empty_view, { name: "inner-extra" }), path("", include(moreUrls()))];

/**
 * tests/urlpatterns/path_urls.py. more_urls.py is included twice there (its "inner-more" name
 * with it); here the top-level include is in `pathUrlsWithMore` alone.
 */
const pathUrls = (): URLPattern[] => [
  path("articles/2003/", empty_view, { name: "articles-2003" }),
  path("articles/<int:year>/", empty_view, { name: "articles-year" }),
  path("articles/<int:year>/<int:month>/", empty_view, { name: "articles-year-month" }),
  path("articles/<int:year>/<int:month>/<int:day>/", empty_view, { name: "articles-year-month-day" }),
  path("users/", empty_view, { name: "users" }),
  path("users/<id>/", empty_view, { name: "user-with-id" }),
  path("included_urls/", include(includedUrls())),
  rePath("^regex/(?P<pk>[0-9]+)/$", empty_view, { name: "regex" }),
  rePath(String.raw`^regex_optional/(?P<arg1>\d+)/(?:(?P<arg2>\d+)/)?`, empty_view, { name: "regex_optional" }),
  rePath(String.raw`^regex_only_optional/(?:(?P<arg1>\d+)/)?`, empty_view, { name: "regex_only_optional" }),
  path("<lang>/<path:url>/", empty_view, { name: "lang-and-path" }),
];
const resolver = new URLResolver(pathUrls());
const pathUrlsWithMore = new URLResolver([path("", include(moreUrls()))]);

/** A base64 converter as tests/urlpatterns/converters.py's Base64Converter (text, not bytes). */
const base64: Converter = {
  regex: "[a-zA-Z0-9+/]*={0,2}",
  toValue: (text) => atob(text),
  toUrl: (value) => btoa(String(value)),
};
// tests/urlpatterns/path_base64_urls.py
const base64Registry = new ConverterRegistry();
base64Registry.register("base64", base64);
const subpatterns = (): URLPattern[] => [
  path("<base64:value>/", empty_view, { name: "subpattern-base64" }),
  path("<base64:value>/", include([path("<base64:last_value>/", empty_view, { name: "subsubpattern-base64" })], { namespace: "second-layer-instance-ns-base64" })),
];
const base64Resolver = new URLResolver(
  [
    path("base64/<base64:value>/", empty_view, { name: "base64" }),
    path("base64/<base64:base>/subpatterns/", include(subpatterns())),
    path("base64/<base64:base>/namespaced/", include(subpatterns(), { namespace: "namespaced-base64" })),
  ],
  base64Registry,
);

describe("SimplifiedURLTests (path_urls.py)", () => {
  test("test_path_lookup_without_parameters", () => {
    const match = resolver.resolve("/articles/2003/")!;
    expect(match.urlName).toBe("articles-2003");
    expect(match.args).toEqual([]);
    expect(match.params).toEqual({});
    expect(match.route).toBe("articles/2003/");
  });

  test("test_path_lookup_with_typed_parameters", () => {
    const match = resolver.resolve("/articles/2015/")!;
    expect(match.urlName).toBe("articles-year");
    expect(match.args).toEqual([]);
    expect(match.params).toEqual({ year: 2015 });
    expect(match.route).toBe("articles/<int:year>/");
  });

  test("test_path_lookup_with_multiple_parameters", () => {
    const match = resolver.resolve("/articles/2015/04/12/")!;
    expect(match.urlName).toBe("articles-year-month-day");
    expect(match.args).toEqual([]);
    expect(match.params).toEqual({ year: 2015, month: 4, day: 12 });
    expect(match.route).toBe("articles/<int:year>/<int:month>/<int:day>/");
  });

  test("test_two_variable_at_start_of_path_pattern", () => {
    const match = resolver.resolve("/en/foo/")!;
    expect(match.urlName).toBe("lang-and-path");
    expect(match.params).toEqual({ lang: "en", url: "foo" });
    expect(match.route).toBe("<lang>/<path:url>/");
  });

  test("test_re_path", () => {
    const match = resolver.resolve("/regex/1/")!;
    expect(match.urlName).toBe("regex");
    expect(match.params).toEqual({ pk: "1" });
    expect(match.route).toBe("^regex/(?P<pk>[0-9]+)/$");
  });

  test("test_re_path_with_optional_parameter", () => {
    for (const [url, kwargs] of [["/regex_optional/1/2/", { arg1: "1", arg2: "2" }], ["/regex_optional/1/", { arg1: "1" }]] as const) {
      const match = resolver.resolve(url)!;
      expect(match.urlName).toBe("regex_optional");
      expect(match.params).toEqual(kwargs);
      expect(match.route).toBe(String.raw`^regex_optional/(?P<arg1>\d+)/(?:(?P<arg2>\d+)/)?`);
    }
  });

  test("test_re_path_with_missing_optional_parameter", () => {
    const match = resolver.resolve("/regex_only_optional/")!;
    expect(match.urlName).toBe("regex_only_optional");
    expect(match.params).toEqual({});
    expect(match.args).toEqual([]);
    expect(match.route).toBe(String.raw`^regex_only_optional/(?:(?P<arg1>\d+)/)?`);
  });

  test("test_path_lookup_with_inclusion", () => {
    const match = resolver.resolve("/included_urls/extra/something/")!;
    expect(match.urlName).toBe("inner-extra");
    expect(match.route).toBe("included_urls/extra/<extra>/");
  });

  test("test_path_lookup_with_empty_string_inclusion", () => {
    const match = pathUrlsWithMore.resolve("/more/99/")!;
    expect(match.urlName).toBe("inner-more");
    expect(match.route).toBe(String.raw`^more/(?P<extra>\w+)/$`);
  });

  test("test_path_lookup_with_double_inclusion", () => {
    const match = resolver.resolve("/included_urls/more/some_value/")!;
    expect(match.urlName).toBe("inner-more");
    expect(match.route).toBe(String.raw`included_urls/more/(?P<extra>\w+)/$`);
  });

  test("test_path_reverse_without_parameter", () => {
    expect(resolver.reverse("articles-2003")).toBe("/articles/2003/");
  });

  test("test_path_reverse_with_parameter", () => {
    expect(resolver.reverse("articles-year-month-day", { year: 2015, month: 4, day: 12 })).toBe("/articles/2015/4/12/");
  });

  const converterTestData: [string, [string, string, Record<string, unknown>]][] = [
    ["/base64/aGVsbG8=/", ["base64", "", { value: "hello" }]],
    ["/base64/aGVsbG8=/subpatterns/d29ybGQ=/", ["subpattern-base64", "", { base: "hello", value: "world" }]],
    ["/base64/aGVsbG8=/namespaced/d29ybGQ=/", ["subpattern-base64", "namespaced-base64", { base: "hello", value: "world" }]],
  ];

  test("test_converter_resolve", () => {
    for (const [url, [urlName, namespace, kwargs]] of converterTestData) {
      const match = base64Resolver.resolve(url)!;
      expect(match.urlName).toBe(urlName);
      expect(match.namespace).toBe(namespace);
      expect(match.params).toEqual(kwargs);
    }
  });

  test("test_converter_reverse", () => {
    for (const [expected, [urlName, namespace, kwargs]] of converterTestData) {
      expect(base64Resolver.reverse(namespace ? `${namespace}:${urlName}` : urlName, kwargs)).toBe(expected);
    }
  });

  test("test_converter_reverse_with_second_layer_instance_namespace", () => {
    const url = base64Resolver.reverse("namespaced-base64:second-layer-instance-ns-base64:subsubpattern-base64", { base: "hello", value: "world", last_value: "world" });
    expect(url).toBe("/base64/aGVsbG8=/namespaced/d29ybGQ=/d29ybGQ=/");
  });

  test("test_path_inclusion_is_matchable", () => {
    const match = resolver.resolve("/included_urls/extra/something/")!;
    expect(match.urlName).toBe("inner-extra");
    expect(match.params).toEqual({ extra: "something" });
  });

  test("test_path_inclusion_is_reversible", () => {
    expect(resolver.reverse("inner-extra", { extra: "something" })).toBe("/included_urls/extra/something/");
  });

  test("test_invalid_converter", () => {
    expect(() => new URLResolver([path("foo/<nonexistent:var>/", empty_view)]).check()).toThrow(/uses an unknown converter 'nonexistent'/);
  });

  test("test_whitespace_in_route", () => {
    for (const whitespace of [" ", "\t", "\n", "\r", "\x0b", "\x0c"]) {
      expect(() => new URLResolver([path(`space/<int:num>/extra/<str:${whitespace}test>`, empty_view)])).toThrow(/has whitespace inside </);
    }
    // Whitespace is valid in the rest of a route.
    const spaced = new URLResolver([path("space \t\n\r\x0b\x0c/<int:num>/", empty_view)]);
    expect(spaced.resolve("/space \t\n\r\x0b\x0c/1/")?.params).toEqual({ num: 1 });
  });

  test("test_path_trailing_newlines", () => {
    for (const url of ["/articles/2003/\n", "/articles/2010/\n", "/en/foo/\n", "/included_urls/extra/\n", "/regex/1/\n", "/users/1/\n"]) {
      expect(resolver.resolve(url)).toBeNull();
    }
  });
});

// tests/urlpatterns/converter_urls.py
const converterResolver = new URLResolver(["int", "str", "path", "slug", "uuid"].map((name) => path(`${name}/<${name}:${name}>/`, empty_view, { name })));

describe("ConverterTests (converter_urls.py)", () => {
  test("test_matching_urls", () => {
    const noConverter = (x: string) => x;
    const data: [string, string[], (x: string) => unknown][] = [
      ["int", ["0", "1", "01", "1234567890"], Number],
      ["str", ["abcxyz"], noConverter],
      ["path", ["allows.ANY*characters"], noConverter],
      ["slug", ["abcxyz-ABCXYZ_01234567890"], noConverter],
      // Django converts to uuid.UUID; onefile keeps the text (see the documented difference).
      ["uuid", ["39da9369-838e-4750-91a5-f7805cd82839"], noConverter],
    ];
    for (const [name, suffixes, convert] of data) {
      for (const suffix of suffixes) {
        const url = `/${name}/${suffix}/`;
        const match = converterResolver.resolve(url)!;
        expect(match.urlName).toBe(name);
        expect(match.params).toEqual({ [name]: convert(suffix) });
        // reverse() works with string params…
        expect(converterResolver.reverse(name, { [name]: suffix })).toBe(url);
        // …and with native values (a leading zero is lost in the int conversion).
        const converted = match.params[name];
        expect(converterResolver.reverse(name, { [name]: converted })).toBe(`/${name}/${String(converted)}/`);
      }
    }
  });

  test("test_nonmatching_urls", () => {
    const data: [string, string[]][] = [
      ["int", ["-1", "letters"]],
      ["str", ["", "/"]],
      ["path", [""]],
      ["slug", ["", "stars*notallowed"]],
      ["uuid", ["", "9da9369-838e-4750-91a5-f7805cd82839", "39da9369-838-4750-91a5-f7805cd82839", "39da9369-838e-475-91a5-f7805cd82839", "39da9369-838e-4750-91a-f7805cd82839", "39da9369-838e-4750-91a5-f7805cd8283"]],
    ];
    for (const [name, suffixes] of data) for (const suffix of suffixes) expect(converterResolver.resolve(`/${name}/${suffix}/`)).toBeNull();
  });
});

describe("ParameterRestrictionTests", () => {
  test("test_integer_parameter_name_causes_exception", () => {
    expect(() => new URLResolver([path("hello/<int:1>/", empty_view)])).toThrow(/parameter name "1" that is not a valid identifier/);
  });
  test("test_non_identifier_parameter_name_causes_exception", () => {
    expect(() => new URLResolver([path("b/<int:book.id>/", empty_view)])).toThrow(/parameter name "book.id" that is not a valid identifier/);
  });
  test("test_allows_non_ascii_but_valid_identifiers", () => {
    expect(new URLResolver([path("hello/<str:\u0394>/", empty_view)]).resolve("/hello/1/")?.params).toEqual({ "\u0394": "1" });
  });
});

describe("ConversionExceptionTests", () => {
  const dynamic = (converter: Partial<Converter>) => {
    const registry = new ConverterRegistry();
    registry.register("dynamic", { regex: "[^/]+", toValue: (s) => s, toUrl: String, ...converter });
    return new URLResolver([path("dynamic/<dynamic:value>/", empty_view, { name: "dynamic" })], registry);
  };
  test("test_resolve_value_error_means_no_match", () => {
    const on = dynamic({ toValue: () => { throw new RangeError("no"); } });
    expect(on.resolve("/dynamic/abc/")).toBeNull();
  });
  test("test_reverse_value_error_means_no_match", () => {
    const on = dynamic({ toUrl: () => { throw new RangeError("no"); } });
    expect(() => on.reverse("dynamic", { value: {} })).toThrow(NoReverseMatch);
  });
});

describe("documented difference: a converter that throws means no match, whatever it throws", () => {
  // test_resolve_type_error_propagates, test_reverse_type_error_propagates: Django treats only
  // ValueError as "no match" and lets a TypeError through. JavaScript has no ValueError, and
  // a converter's author has no other way to say no, so every error means no match.
  const registry = new ConverterRegistry();
  registry.register("dynamic", { regex: "[^/]+", toValue: () => { throw new TypeError("This type error propagates."); }, toUrl: () => { throw new TypeError("This type error propagates."); } });
  const on = new URLResolver([path("dynamic/<dynamic:value>/", empty_view, { name: "dynamic" })], registry);
  test("a TypeError from toValue is no match", () => {
    expect(on.resolve("/dynamic/abc/")).toBeNull();
  });
  test("a TypeError from toUrl is a NoReverseMatch that quotes it", () => {
    expect(() => on.reverse("dynamic", { value: {} })).toThrow(/This type error propagates/);
    expect(() => on.reverse("dynamic", { value: {} })).toThrow(NoReverseMatch);
  });
});

describe("documented difference: the uuid converter gives the text, not a UUID object", () => {
  // ConverterTests.test_matching_urls expects uuid.UUID; JavaScript has no UUID type.
  test("the value is the lower-case text of the UUID", () => {
    expect(converterResolver.resolve("/uuid/39da9369-838e-4750-91a5-f7805cd82839/")?.params.uuid).toBe("39da9369-838e-4750-91a5-f7805cd82839");
  });
});

describe("documented difference: a URL name belongs to one pattern", () => {
  // SameNameTests.test_matching_urls_same_name reverses one name shared by several patterns
  // (picked by the number of args, the kwargs' names, the converters…); onefile refuses the
  // second pattern with that name when the URL conf is built.
  test("path_same_name_urls.py is refused", () => {
    const sameName = () => new URLResolver([path("number_of_args/0/", empty_view, { name: "number_of_args" }), path("number_of_args/1/<value>/", empty_view, { name: "number_of_args" })]);
    expect(sameName).toThrow(ImproperlyConfigured);
    expect(sameName).toThrow(/'number_of_args' is used twice/);
  });
});
