/**
 * Type-level tests of typed views: `tsc --noEmit` (npm run typecheck) checks the assertions, and
 * each `@ts-expect-error` line fails compilation if the error it expects goes away. Vitest runs
 * the file so the declarations also execute.
 */
import { describe, expectTypeOf, it } from "vitest";
import { App, HttpResponse, include, path, rePath, View, type HttpRequest, type Middleware } from "../index.ts";
import type { RegexParams, RouteParams } from "./params.ts";

declare module "./params.ts" {
  interface ConverterTypes {
    year: number;
  }
}

// What a user writes: augmenting through the package name reaches the same interfaces.
declare module "onefile" {
  interface ConverterTypes {
    decade: number;
  }
  interface RequestState {
    userName?: string;
    startedAt?: number;
  }
}

describe("typed views", () => {
  it("infers params from a literal route", () => {
    expectTypeOf<RouteParams<"posts/<int:id>/<slug:s>/<uuid:u>/<path:rest>">>().toEqualTypeOf<{ id: number; s: string; u: string; rest: string }>();
    expectTypeOf<RouteParams<"tags/<name>/">>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<RouteParams<"about/">>().toEqualTypeOf<{}>();
    expectTypeOf<RouteParams<"archive/<year:y>/">>().toEqualTypeOf<{ y: number }>();
    expectTypeOf<RouteParams<"x/<nope:n>/">>().toEqualTypeOf<{ n: any }>();
    expectTypeOf<RouteParams<"x/<decade:d>/">>().toEqualTypeOf<{ d: number }>();
    expectTypeOf<RouteParams<string>>().toEqualTypeOf<Record<string, any>>();
    expectTypeOf<RegexParams<"^articles/(?<year>[0-9]{4})/(?P<slug>[a-z]+)/(?<=x)$">>().toEqualTypeOf<{ year: string; slug: string }>();

    path("posts/<int:id>/<slug:s>/", (request, { id, s }) => {
      expectTypeOf(request).toEqualTypeOf<HttpRequest>();
      expectTypeOf(id).toEqualTypeOf<number>();
      expectTypeOf(s).toEqualTypeOf<string>();
      return `${id + 1} ${s.toUpperCase()}`;
    });
    rePath("^(?<year>[0-9]{4})/$", (request, { year }) => {
      expectTypeOf(year).toEqualTypeOf<string>();
      return year;
    });
    path("feed/<int:id>/", (request, { id, format }) => {
      expectTypeOf(id).toEqualTypeOf<number>();
      expectTypeOf(format).toEqualTypeOf<"rss">();
      return format;
    }, { kwargs: { format: "rss" } });
    rePath("^places/([0-9]+)/$", (request, params, id) => {
      expectTypeOf(id).toEqualTypeOf<string>();
      return `place ${id}`;
    });
    new App({ DEBUG: true }).route("hello/<int:id>/", (request, { id }) => {
      expectTypeOf(id).toEqualTypeOf<number>();
      return new HttpResponse(String(id));
    });
  });

  it("accepts views that declare what the route gives, more (include prefixes) or less", () => {
    const detail = (request: HttpRequest, { id }: { id: number }) => `${id}`;
    const nested = (request: HttpRequest, { year, id }: { year: number; id: number }) => `${year}/${id}`;
    const loose = (request: HttpRequest, params: Record<string, unknown>) => JSON.stringify(params);
    const wide = (request: HttpRequest, { id }: { id: number | string }) => `${id}`;
    const bare = () => Promise.resolve(new Response("web"));
    path("<int:id>/", detail);
    path("<int:year>/", include([path("<int:id>/", nested)]));
    path("<int:id>/", loose);
    path("<int:id>/", wide);
    path("<int:id>/", bare);
    class Page extends View {
      get() {
        return "page";
      }
    }
    path("page/", Page.asView());
  });

  it("refuses a view whose params do not fit the route, or whose return is not a response", () => {
    // @ts-expect-error: <int:id> gives a number, the view wants a string.
    path("<int:id>/", (request: HttpRequest, { id }: { id: string }) => id);
    // @ts-expect-error: the same through app.route.
    new App({ DEBUG: true }).route("<int:id>/", (request: HttpRequest, { id }: { id: string }) => id);
    // @ts-expect-error: regex groups are strings.
    rePath("^(?<n>[0-9]+)/$", (request: HttpRequest, { n }: { n: number }) => `${n}`);
    // @ts-expect-error: 42 is not a response.
    path("a/", () => 42);
    // @ts-expect-error: nor a promise of undefined.
    path("a/", async () => {});
    // @ts-expect-error: the request is an HttpRequest, which has no `nope`.
    new App({ DEBUG: true }).route("x/", (request) => request.nope.deep);
  });

  it("types request.state by declaration merging", () => {
    const timing: Middleware = (getResponse) => async (request) => {
      request.state.startedAt = Date.now();
      expectTypeOf<HttpRequest["state"]["startedAt"]>().toEqualTypeOf<number | undefined>();
      expectTypeOf<HttpRequest["state"]["userName"]>().toEqualTypeOf<string | undefined>();
      // @ts-expect-error: an undeclared key.
      request.state.elsewhere = 1;
      return getResponse(request);
    };
    expectTypeOf(timing).toEqualTypeOf<Middleware>();
  });
});
