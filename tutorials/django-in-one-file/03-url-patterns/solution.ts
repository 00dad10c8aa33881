// A whole site in one file: an app, two views, the URL patterns, and the app exported.
import { App, path, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  ALLOWED_HOSTS: ["guestbook.example", "localhost", "127.0.0.1"],
  SECRET_KEY: "tutorial-only-change-me-0c4e1b7d9a",
});

function index(request: HttpRequest) {
  return "Hello, world";
}

function about(request: HttpRequest) {
  return "About this guestbook: one file, no scaffolding.";
}

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("about/", about, { name: "about" }),
];

export default app;
