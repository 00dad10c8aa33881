// examples/hello.ts — a whole project
import { App, path, render, HttpResponse, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  TEMPLATES: {
    "base.html": `<!doctype html><title>{% block title %}{% endblock %}</title>{% block body %}{% endblock %}`,
    "index.html": `{% extends "base.html" %}{% block body %}<h1>Hello, {{ name }}</h1>
      <a href="{{ url('hello', {id: 7}) }}">seven</a>{% endblock %}`,
  },
});

function index(request: HttpRequest) {
  return render(request, "index.html", { name: "world" });
}

function hello(request: HttpRequest, { id }: { id: number }) {
  return new HttpResponse(`Hello, ${id}`);
}

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("hello/<int:id>/", hello, { name: "hello" }),
];

app.test("the index greets the world and links to hello 7", async ({ client, expect }) => {
  const response = await client.get("/");
  expect(response).toContainText("Hello, world");
  expect(response.content).toContain('<a href="/hello/7/">seven</a>');
  expect((await client.get("/hello/7/")).content).toBe("Hello, 7");
});

export default app;
