// Baseline: node:http by hand, with nunjucks for the page. A static-path Map plus the dynamic
// routes' regular expressions tried in order: what a careful hand-written server does.
import http from "node:http";
import { PAGE_CONTEXT, ROUTES, portFromArgs } from "../shared.mjs";
import { env } from "./nunjucks-env.mjs";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };
const HTML = { "Content-Type": "text/html; charset=utf-8" };

const CONVERTERS = { int: "[0-9]+", slug: "[-a-zA-Z0-9_]+", uuid: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", path: ".+", str: "[^/]+" };
const statics = new Map();
const dynamic = [];
ROUTES.forEach((route, i) => {
  const handler =
    route === "hello/<int:id>/" ? (res, m) => send(res, TEXT, `Hello, ${Number(m[1])}`)
    : route === "page/" ? (res) => send(res, HTML, env.render("page.html", PAGE_CONTEXT))
    : (res) => send(res, TEXT, `route ${i}`);
  if (!route.includes("<")) statics.set("/" + route, handler);
  else dynamic.push([new RegExp("^/" + route.replace(/<(\w+):\w+>/g, (_, c) => `(${CONVERTERS[c]})`) + "$"), handler]);
});

function send(res, headers, body) {
  res.writeHead(200, { ...headers, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

http
  .createServer((req, res) => {
    const q = req.url.indexOf("?");
    const path = q === -1 ? req.url : req.url.slice(0, q);
    const handler = statics.get(path);
    if (handler) return handler(res, null);
    for (const [re, h] of dynamic) {
      const m = re.exec(path);
      if (m) return h(res, m);
    }
    res.writeHead(404, TEXT).end("Not found");
  })
  .listen(portFromArgs(), "127.0.0.1");
