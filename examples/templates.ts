// examples/templates.ts — template inheritance, loops, cycler(), and autoescaping
import { App, path, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{% block title %}Reading list{% endblock %}</title></head>
<body>
  <nav><a href="{{ url('books') }}">Books</a></nav>
  <main>{% block content %}{% endblock %}</main>
</body>
</html>`,
    "books.html": `{% extends "base.html" %}
{% block title %}{{ books | length }} books{% endblock %}
{% block content %}
  <h1>My reading list</h1>
  {% set row = cycler("odd", "even") %}
  <ul>
  {% for book in books %}
    <li class="{{ row.next() }}">{{ book.title }} <small>by {{ book.author }}</small></li>
  {% else %}
    <li>Nothing to read yet.</li>
  {% endfor %}
  </ul>
  <p>Notes are escaped for you: {{ note }}</p>
  <p>Unless you say they are safe: {{ trusted | safe }}</p>
{% endblock %}`,
  },
});

const books = [
  { title: "The Pragmatic Programmer", author: "Hunt & Thomas" },
  { title: "Structure and Interpretation of Computer Programs", author: "Abelson & Sussman" },
  { title: "<script>alert('not a book')</script>", author: "Mallory" },
];

function bookList(request: HttpRequest) {
  return render(request, "books.html", {
    books,
    note: "<b>not bold</b>",
    trusted: "<em>emphasised</em>",
  });
}

app.urlpatterns = [path("", bookList, { name: "books" })];

app.test("the list escapes what it is not told is safe", async ({ client, expect }) => {
  const response = await client.get("/");
  expect(response).toContainText("3 books");
  expect(response.content).not.toContain("<script>");
  expect(response.content).toContain("&lt;b&gt;not bold&lt;/b&gt;");
  expect(response.content).toContain("<em>emphasised</em>");
});

export default app;
