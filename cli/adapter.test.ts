import { createServer, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeIncomingRequest } from "./adapter.ts";
import { closeServer, listen, raw } from "./testing/helpers.ts";

describe("NodeIncomingRequest", () => {
  let seen: NodeIncomingRequest;
  let req: IncomingMessage;
  let remoteAddr: string | undefined;
  const server = createServer((request, res) => {
    req = request;
    seen = new NodeIncomingRequest(request);
    remoteAddr = seen.remoteAddr;
    res.end("ok");
  });
  let port: number;
  beforeAll(async () => (port = await listen(server)));
  afterAll(() => closeServer(server));

  const send = (head: string) => raw(port, `GET /a/b/?x=1 HTTP/1.1\r\n${head}Connection: close\r\n\r\n`);

  it("reads headers case-insensitively, joining repeats as Node does", async () => {
    await send("Host: example.com\r\nHost: evil.com\r\nX-Tag: a\r\nx-tag: b\r\nCookie: a=1\r\ncookie: b=2\r\n");
    expect(seen.method).toBe("GET");
    expect(seen.target).toBe("/a/b/?x=1");
    for (const name of ["x-tag", "cookie", "connection", "missing"]) {
      expect(seen.header(name)).toBe((req.headers[name] as string | undefined) ?? null);
    }
    // Unlike Node, two Host headers are joined (as fetch joins them), so the host check refuses them.
    expect(seen.header("host")).toBe("example.com, evil.com");
    expect(seen.header("x-tag")).toBe("a, b");
    expect(seen.header("cookie")).toBe("a=1; b=2");
    expect(seen.headers().get("x-tag")).toBe("a, b");
    expect(seen.hasBody).toBe(false);
  });

  it("knows when there is a body", async () => {
    await raw(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
    expect(seen.hasBody).toBe(true);
    expect(remoteAddr).toMatch(/127\.0\.0\.1/);
  });
});
