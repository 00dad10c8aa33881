// A whole site in one file: an app, a view, the URL patterns, and the app exported.
import { App, path, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  ALLOWED_HOSTS: ["guestbook.example", "localhost", "127.0.0.1"],
  SECRET_KEY: "tutorial-only-change-me-0c4e1b7d9a",
});

function index(request: HttpRequest) {
  return "Hello, world";
}

app.urlpatterns = [
  path("", index),
];

export default app;
