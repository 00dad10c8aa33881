// Express 5: path-to-regexp routes; Express 5 has no inline regex parameters, so the int/uuid/slug
// checks happen in the handler (next() when they fail), as an Express user would write them.
import express from "express";
import { PAGE_CONTEXT, ROUTES, portFromArgs } from "../shared.mjs";
import { env } from "./nunjucks-env.mjs";

const RE = { int: /^[0-9]+$/, slug: /^[-a-zA-Z0-9_]+$/, uuid: /^[0-9a-f-]{36}$/, str: /^[^/]+$/ };
const app = express();
app.set("etag", false);
app.set("x-powered-by", false);
ROUTES.forEach((route, i) => {
  const checks = [];
  const url = "/" + route.replace(/<(\w+):(\w+)>/g, (_, c, name) => {
    if (c === "path") return `*${name}`;
    checks.push([name, RE[c]]);
    return `:${name}`;
  });
  const body =
    route === "hello/<int:id>/" ? (req, res) => res.type("text/plain; charset=utf-8").send(`Hello, ${Number(req.params.id)}`)
    : route === "page/" ? (req, res) => res.type("text/html; charset=utf-8").send(env.render("page.html", PAGE_CONTEXT))
    : (req, res) => res.type("text/plain; charset=utf-8").send(`route ${i}`);
  app.get(url, (req, res, next) => {
    for (const [name, re] of checks) if (!re.test(req.params[name])) return next();
    body(req, res);
  });
});
app.listen(portFromArgs(), "127.0.0.1");
