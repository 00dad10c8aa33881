// package/consumer/typed/server.ts — serving a site from a Node program of one's own
import type { AddressInfo } from "node:net";
import { createNodeServer } from "onefile/node";
import app from "./site.ts";

/** Starts the site on 127.0.0.1 (port 0: any free port); resolves with its URL and a stop. */
export async function start(port = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  const { server, close } = createNodeServer(app, { viewTimeout: 30 });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  // close(grace): stop accepting, let requests in flight finish for up to `grace` seconds.
  return { url: `http://127.0.0.1:${actual}`, stop: () => close(1) };
}
