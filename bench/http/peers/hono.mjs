// Hono 4 on @hono/node-server: routes with regex-constrained parameters (default SmartRouter).
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { PAGE_CONTEXT, ROUTES, portFromArgs } from "../shared.mjs";
import { env } from "./nunjucks-env.mjs";

const RE = { int: "[0-9]+", slug: "[-a-zA-Z0-9_]+", uuid: "[0-9a-f-]{36}", str: "[^/]+", path: ".+" };
const app = new Hono();
ROUTES.forEach((route, i) => {
  const url = "/" + route.replace(/<(\w+):(\w+)>/g, (_, c, name) => `:${name}{${RE[c]}}`);
  const handler =
    route === "hello/<int:id>/" ? (c) => c.text(`Hello, ${Number(c.req.param("id"))}`)
    : route === "page/" ? (c) => c.html(env.render("page.html", PAGE_CONTEXT))
    : (c) => c.text(`route ${i}`);
  app.get(url, handler);
});
serve({ fetch: app.fetch, port: portFromArgs(), hostname: "127.0.0.1" });
