/**
 * Behind a TLS proxy, over real sockets: `onefile serve` hears plain http, the browser speaks
 * https. With SECURE_PROXY_SSL_HEADER the app sees https (as Django does), so a browser's POST,
 * whose Origin is https://…, passes the CSRF check; without it, or without the proxy's header,
 * the POST is refused, and the server answers the next request.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfToken } from "./testing/forms-http.ts";
import { startCli, type RunningCli } from "./testing/helpers.ts";

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

/** A request as the proxy forwards it: Host shop.example, and X-Forwarded-Proto when given. */
function send(port: number, method: "GET" | "POST", headers: Record<string, string>, body = ""): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: "/", headers: { host: "shop.example", ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body: text, cookies: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Opens the form through the proxy and posts it back as a browser on https://shop.example would. */
async function buy(port: number, { forwarded }: { forwarded: boolean }): Promise<Answer> {
  const proxy: Record<string, string> = forwarded ? { "x-forwarded-proto": "https" } : {};
  const form = await send(port, "GET", { "x-forwarded-proto": "https" });
  expect(form.status).toBe(200);
  const cookie = form.cookies.map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toMatch(/^csrftoken=/);
  const body = new URLSearchParams({ csrfmiddlewaretoken: csrfToken(form.body) }).toString();
  return send(port, "POST", { ...proxy, origin: "https://shop.example", cookie, "content-type": "application/x-www-form-urlencoded" }, body);
}

async function serve(trusted: boolean): Promise<{ cli: RunningCli; port: number }> {
  const cli = startCli(["serve", "cli/testing/fixtures/behind-proxy.ts", "127.0.0.1:0", "--workers", "1"], undefined, { BEHIND_PROXY_TRUSTED: trusted ? "1" : "0" });
  const port = Number((await cli.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
  return { cli, port };
}

describe("onefile serve behind a TLS proxy, with SECURE_PROXY_SSL_HEADER", () => {
  let server: { cli: RunningCli; port: number };
  beforeAll(async () => {
    server = await serve(true);
  }, 90_000);
  afterAll(() => server?.cli.stop("SIGKILL"));

  it("accepts a browser's https POST that the proxy marked as https", async () => {
    const answer = await buy(server.port, { forwarded: true });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("bought over https");
  });

  it("refuses the same POST when it did not come through the proxy, and keeps answering", async () => {
    const answer = await buy(server.port, { forwarded: false });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain("bought");
    expect((await send(server.port, "GET", { "x-forwarded-proto": "https" })).status).toBe(200);
  });
});

describe("onefile serve behind a TLS proxy, without SECURE_PROXY_SSL_HEADER", () => {
  let server: { cli: RunningCli; port: number };
  beforeAll(async () => {
    server = await serve(false);
  }, 90_000);
  afterAll(() => server?.cli.stop("SIGKILL"));

  it("refuses a browser's https POST (the host never sees https), as before the setting existed", async () => {
    const answer = await buy(server.port, { forwarded: true });
    expect(answer.status).toBe(403);
    expect((await send(server.port, "GET", {})).status).toBe(200);
  });
});
