// A whole site in one file: settings, templates, views and URL patterns.
import { App, path, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  ALLOWED_HOSTS: ["guestbook.example", "localhost", "127.0.0.1"],
  SECRET_KEY: "tutorial-only-change-me-0c4e1b7d9a",
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{% block title %}Guestbook{% endblock %}</title></head>
<body>
  <nav><a href="{{ url('index') }}">Home</a> · <a href="{{ url('about') }}">About</a></nav>
  <main>{% block content %}{% endblock %}</main>
</body>
</html>`,
    "index.html": `{% extends "base.html" %}
{% block content %}<h1>Hello, world</h1>
<p><a href="{{ url('hello', { name: 'Ada' }) }}">Say hello to Ada</a></p>{% endblock %}`,
    "about.html": `{% extends "base.html" %}
{% block title %}About{% endblock %}
{% block content %}<h1>About</h1><p>This guestbook is one file, with no scaffolding.</p>{% endblock %}`,
    "hello.html": `{% extends "base.html" %}
{% block content %}<h1>Hello, {{ name }}!</h1>{% endblock %}`,
  },
});

function index(request: HttpRequest) {
  return render(request, "index.html");
}

function about(request: HttpRequest) {
  return render(request, "about.html");
}

function hello(request: HttpRequest, { name }: { name: string }) {
  return render(request, "hello.html", { name });
}

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("about/", about, { name: "about" }),
  path("hello/<str:name>/", hello, { name: "hello" }),
];

export default app;
