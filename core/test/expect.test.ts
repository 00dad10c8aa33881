import { describe, expect as vitestExpect, it } from "vitest";
import { App, Client, HttpResponse, path, redirect } from "../index.ts";
import { AssertionFailure, expect } from "./expect.ts";
import { textOf } from "./html-text.ts";

/** Runs an assertion that must fail and returns what it reported. */
function failure(assertion: () => void): AssertionFailure {
  try {
    assertion();
  } catch (error) {
    vitestExpect(error).toBeInstanceOf(AssertionFailure);
    return error as AssertionFailure;
  }
  throw new Error("the assertion passed");
}

describe("expect: values", () => {
  it("toBe compares with Object.is and reports got and want", () => {
    expect(3).toBe(3);
    expect(NaN).toBe(NaN);
    const f = failure(() => expect("Hello, World").toBe("Hello, world"));
    vitestExpect(f.message).toBe("expect(got).toBe(want)");
    vitestExpect([f.got, f.want]).toEqual(['"Hello, World"', '"Hello, world"']);
  });

  it("toBe on equal objects suggests toEqual", () => {
    const f = failure(() => expect({ a: 1 }).toBe({ a: 1 }));
    vitestExpect(f.message).toContain("use toEqual");
  });

  it("toEqual compares deeply", () => {
    expect({ a: [1, { b: 2 }], d: new Date(0) }).toEqual({ a: [1, { b: 2 }], d: new Date(0) });
    const f = failure(() => expect([1, 2]).toEqual([1, 3]));
    vitestExpect(f.got).toBe("[\n  1,\n  2\n]");
    vitestExpect(f.want).toBe("[\n  1,\n  3\n]");
  });

  it("toContain works on strings, arrays and sets, and refuses other values", () => {
    expect("abc").toContain("b");
    expect([1, 2]).toContain(2);
    expect(new Set(["x"])).toContain("x");
    vitestExpect(failure(() => expect("abc").toContain("z")).want).toBe('a string containing "z"');
    vitestExpect(failure(() => expect([1]).toContain(2)).want).toBe("an array containing 2");
    vitestExpect(failure(() => expect(42).toContain(4)).message).toContain("needs a string or an array");
  });

  it("toMatch takes a regular expression or a string, and a global regex does not keep state", () => {
    const re = /h(i|o)/g;
    expect("hi").toMatch(re);
    expect("hi").toMatch(re);
    expect("oh hi").toMatch("hi");
    vitestExpect(failure(() => expect("bye").toMatch(/^h/)).want).toBe("a string matching /^h/");
    vitestExpect(failure(() => expect(undefined).toMatch("x")).got).toBe("undefined");
  });

  it("toBeTruthy", () => {
    expect(1).toBeTruthy();
    vitestExpect(failure(() => expect("").toBeTruthy()).want).toBe("a truthy value");
  });

  it(".not negates every matcher and says so in want", () => {
    expect(1).not.toBe(2);
    expect("abc").not.toContain("z");
    const f = failure(() => expect([1, 2]).not.toContain(2));
    vitestExpect(f.message).toBe("expect(got).not.toContain(item)");
    vitestExpect(f.want).toBe("not an array containing 2");
  });
});

describe("expect: responses", () => {
  const app = new App({ DEBUG: true });
  app.urlpatterns = [
    path("", () => new HttpResponse("<h1>Tom &amp; Jerry</h1>\n<p>two\n   cats</p><script>var hidden = 1</script>")),
    path("old/", () => redirect("/new/")),
    path("gone/", () => new HttpResponse("gone", { status: 410 })),
  ];
  const client = new Client(app);

  it("toHaveStatus shows the status, its reason and a redirect's target", async () => {
    expect(await client.get("/")).toHaveStatus(200);
    const gone = await client.get("/gone/");
    const redirected = await client.get("/old/");
    const f = failure(() => expect(redirected).toHaveStatus(200));
    vitestExpect([f.got, f.want]).toEqual(["302 Found → /new/", "200 OK"]);
    vitestExpect(failure(() => expect(gone).toHaveStatus(200)).got).toBe("410");
    vitestExpect(failure(() => expect({ nope: 1 }).toHaveStatus(200)).message).toContain("needs a response");
  });

  it("toRedirectTo compares the target, absolute or not", async () => {
    expect(await client.get("/old/")).toRedirectTo("/new/");
    expect(await client.get("/old/")).toRedirectTo("http://testserver/new/");
    const redirected = await client.get("/old/");
    vitestExpect(failure(() => expect(redirected).toRedirectTo("/newer/")).want).toBe("a redirect to /newer/");
    const f = failure(() => expect({ status: 200, url: null }).toRedirectTo("/new/"));
    vitestExpect([f.got, f.want]).toEqual(["200 OK", "a redirect to /new/"]);
    vitestExpect(failure(() => expect({ status: 302, url: "/elsewhere/" }).toRedirectTo("/new/")).got).toBe("302 Found → /elsewhere/");
  });

  it("toContainText reads the visible text: no tags, scripts or extra spaces, entities decoded", async () => {
    const response = await client.get("/");
    expect(response).toContainText("Tom & Jerry two cats");
    expect(response).not.toContainText("hidden");
    expect("<b>bold</b> move").toContainText("bold move");
    const f = failure(() => expect(response).toContainText("Tom and Jerry"));
    vitestExpect(f.got).toBe('the text "Tom & Jerry two cats"');
    vitestExpect(f.want).toBe('text containing "Tom and Jerry"');
    vitestExpect(failure(() => expect({ status: 410 }).toContainText("x")).message).toContain("needs a response or an HTML string");
  });
});

describe("textOf", () => {
  it("drops comments, styles and templates, decodes numeric entities and leaves unknown ones", () => {
    vitestExpect(textOf("<!-- no --><style>p{}</style><p>a&#39;b &#x263A; &bogus; &#0;</p><template>x</template>")).toBe("a'b ☺ &bogus; &#0;");
  });
});
