/**
 * Django's own tests for the test client's redirects (tests/test_client/tests.py ClientTest and
 * tests/test_client_regress/tests.py AssertRedirectsTests), translated case by case.
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import type { HttpRequest } from "../http/request.ts";
import { HttpResponseRedirect } from "../http/response.ts";
import { path } from "../urls/index.ts";
import { Client, RedirectCycleError } from "./client.ts";

function makeApp(): App {
  const app = new App({ DEBUG: true });
  const to = (url: string, status = 302) => () => {
    const response = new HttpResponseRedirect(url);
    response.status = status;
    return response;
  };
  app.urlpatterns = [
    path("secure_view/", (request: HttpRequest) => `secure: ${request.isSecure()}`),
    path("https_redirect_view/", to("https://testserver/secure_view/")),
    path("http_redirect_view/", to("http://testserver/secure_view/")),
    path("redirect_view/", to("/get_view/")),
    path("get_view/", (request: HttpRequest) => `GET ${request.GET.toString()}`),
    path("double_redirect_view/", to("/redirect_view/")),
    path("redirect_to_self/", to("/redirect_to_self/")),
    path("circular_redirect_1/", to("/circular_redirect_2/")),
    path("circular_redirect_2/", to("/circular_redirect_3/")),
    path("circular_redirect_3/", to("/circular_redirect_1/")),
    path("accounts/login/", to("login/")),
    path("accounts/login/login/", () => "relative"),
    path("redirect_307/", to("/method_view/?x=1", 307)),
    path("method_view/", (request: HttpRequest) => `${request.method} ${request.GET.toString()}`),
  ];
  return app;
}

describe("ClientTest", () => {
  test("test_follow_redirect", async () => {
    const response = await new Client(makeApp()).get("/double_redirect_view/", undefined, { follow: true });
    expect(response.status).toBe(200);
    expect(response.redirectChain).toEqual([["/redirect_view/", 302], ["/get_view/", 302]]);
  });

  test("test_follow_relative_redirect", async () => {
    const response = await new Client(makeApp()).get("/accounts/login/", undefined, { follow: true });
    expect(response.status).toBe(200);
    expect(response.content).toBe("relative");
  });

  test("test_redirect_http", async () => {
    const response = await new Client(makeApp()).get("/http_redirect_view/", undefined, { follow: true });
    expect(response.content).toBe("secure: false");
  });

  test("test_redirect_https: an https:// Location is followed as https", async () => {
    const response = await new Client(makeApp()).get("/https_redirect_view/", undefined, { follow: true });
    expect(response.redirectChain).toEqual([["https://testserver/secure_view/", 302]]);
    expect(response.content).toBe("secure: true");
  });

  test("test_follow_307_and_308_redirect: the method and query string are kept", async () => {
    const response = await new Client(makeApp()).post("/redirect_307/", { a: "b" }, { follow: true });
    expect(response.content).toBe("POST x=1");
  });
});

describe("AssertRedirectsTests (test_client_regress)", () => {
  test("test_redirect_to_self", async () => {
    const error = await new Client(makeApp()).get("/redirect_to_self/", undefined, { follow: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectCycleError);
    expect((error as RedirectCycleError).redirectChain).toHaveLength(2);
    expect((error as Error).message).toMatch(/^Redirect loop detected\./);
  });

  test("test_circular_redirect: stops at the first repeat", async () => {
    const error = (await new Client(makeApp()).get("/circular_redirect_1/", undefined, { follow: true }).catch((e: unknown) => e)) as RedirectCycleError;
    expect(error).toBeInstanceOf(RedirectCycleError);
    // The chain gets back to the start and stops there.
    expect(error.lastResponse.url).toBe("/circular_redirect_2/");
    expect(error.redirectChain).toHaveLength(4);
  });
});
