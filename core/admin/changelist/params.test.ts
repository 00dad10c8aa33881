import { describe, expect, it } from "vitest";
import { elidedPageRange, headerOrderings, parseOrdering, queryString, searchTerms } from "./params.ts";

const shown = (links: ReturnType<typeof elidedPageRange>) => links.map((l) => ("ellipsis" in l ? "…" : l.current ? `[${l.number}]` : l.number));

describe("changelist parameters", () => {
  it("builds query strings with changes and removed prefixes", () => {
    const params = new URLSearchParams("q=a b&p=2&isOpen__exact=1&pubDate__gte=2025");
    expect(queryString(params, { p: null })).toBe("?q=a+b&isOpen__exact=1&pubDate__gte=2025");
    expect(queryString(params, { o: "1" }, ["pubDate__"])).toBe("?q=a+b&p=2&isOpen__exact=1&o=1");
    expect(queryString(new URLSearchParams(), {})).toBe("?");
    expect(queryString(new URLSearchParams("x=<script>"), {})).toBe("?x=%3Cscript%3E");
  });

  it("reads the ordering, ignoring what is malformed, out of range or repeated", () => {
    expect(parseOrdering("2.-1", 3)).toEqual([{ index: 2, ascending: true }, { index: 1, ascending: false }]);
    expect(parseOrdering("9.x.-0.0.--1.1e3", 3)).toEqual([{ index: 0, ascending: false }]);
    expect(parseOrdering(null, 3)).toEqual([]);
  });

  it("gives each header Django's three links", () => {
    const current = parseOrdering("2.-1", 3);
    expect(headerOrderings(current, 1)).toEqual({ primary: "1.2", toggle: "2.1", remove: "2" });
    expect(headerOrderings(current, 0)).toEqual({ primary: "0.2.-1", toggle: "2.-1", remove: "2.-1" });
  });

  it("elides long page ranges as Django's paginator does", () => {
    expect(shown(elidedPageRange(1, 5))).toEqual(["[1]", 2, 3, 4, 5]);
    expect(shown(elidedPageRange(1, 50))).toEqual(["[1]", 2, 3, 4, "…", 49, 50]);
    expect(shown(elidedPageRange(10, 50))).toEqual([1, 2, "…", 7, 8, 9, "[10]", 11, 12, 13, "…", 49, 50]);
    expect(shown(elidedPageRange(50, 50))).toEqual([1, 2, "…", 47, 48, 49, "[50]"]);
    expect(shown(elidedPageRange(6, 12))).toEqual([1, 2, 3, 4, 5, "[6]", 7, 8, 9, 10, 11, 12]);
    expect(shown(elidedPageRange(5, 20))).toEqual([1, 2, 3, 4, "[5]", 6, 7, 8, "…", 19, 20]);
  });

  it("splits a search into words, keeping quoted phrases", () => {
    expect(searchTerms(`what "is up" 'o\\'k' now  `)).toEqual(["what", "is up", "o'k", "now"]);
    expect(searchTerms("   ")).toEqual([]);
    expect(searchTerms(`"unclosed`)).toEqual([`"unclosed`]);
  });
});
