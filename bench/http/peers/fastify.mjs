// Fastify 5: one route per pattern; int/uuid/slug checked by find-my-way's regex parameters.
import Fastify from "fastify";
import { PAGE_CONTEXT, ROUTES, portFromArgs } from "../shared.mjs";
import { env } from "./nunjucks-env.mjs";

const RE = { int: "^[0-9]+$", slug: "^[-a-zA-Z0-9_]+$", uuid: "^[0-9a-f-]{36}$", str: "^[^/]+$" };
const app = Fastify({ logger: false });
ROUTES.forEach((route, i) => {
  const url = "/" + route.replace(/<(\w+):(\w+)>/g, (_, c, name) => (c === "path" ? "*" : `:${name}(${RE[c]})`));
  const handler =
    route === "hello/<int:id>/" ? (req, reply) => reply.type("text/plain; charset=utf-8").send(`Hello, ${Number(req.params.id)}`)
    : route === "page/" ? (req, reply) => reply.type("text/html; charset=utf-8").send(env.render("page.html", PAGE_CONTEXT))
    : (req, reply) => reply.type("text/plain; charset=utf-8").send(`route ${i}`);
  app.get(url, handler);
});
await app.listen({ port: portFromArgs(), host: "127.0.0.1" });
