// What every server in the HTTP benchmark serves: the same 20 routes, the same two templates and
// the same 20 items. Plain JavaScript so the peers run on plain Node without a loader.

/** The 20 routes, in Django `path()` syntax; `hello/<int:id>/` is the 11th, `page/` the 19th. */
export const ROUTES = [
  "",
  "about/",
  "contact/",
  "blog/",
  "blog/<slug:slug>/",
  "blog/<int:year>/<int:month>/",
  "tags/<slug:tag>/",
  "users/<int:id>/",
  "users/<int:id>/posts/",
  "search/",
  "hello/<int:id>/",
  "api/items/",
  "api/items/<int:id>/",
  "api/users/<uuid:id>/",
  "feed/",
  "sitemap.xml",
  "login/",
  "logout/",
  "page/",
  "files/<path:rest>",
];

export const TEMPLATES = {
  "base.html":
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{% block title %}{% endblock %}</title></head>\n' +
    "<body><header><h1>{% block heading %}{% endblock %}</h1></header>\n<main>{% block content %}{% endblock %}</main>\n" +
    "<footer>bench</footer></body></html>\n",
  "page.html":
    '{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}{% block heading %}{{ title }}{% endblock %}\n' +
    '{% block content %}<ul>\n{% for item in items %}<li id="item-{{ item.id }}">{{ item.name }}: {{ item.price }}</li>\n{% endfor %}</ul>{% endblock %}\n',
};

/** 20 items whose names need escaping (<, >, &, "). */
export const ITEMS = Array.from({ length: 20 }, (_, i) => ({
  id: i + 1,
  name: `Item <${i + 1}> & "friends"`,
  price: (i + 1) * 3,
}));

export const PAGE_CONTEXT = { title: "Twenty items", items: ITEMS };

/** The port a peer listens on: the first argument. */
export function portFromArgs() {
  const port = Number(process.argv[2]);
  if (!Number.isInteger(port) || port <= 0) throw new Error("usage: node peer.mjs PORT");
  return port;
}
