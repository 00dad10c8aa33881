// A whole site in one file: an app, a view, the URL patterns, and the app exported.
import { App, path, type HttpRequest } from "onefile";

const app = new App({ DEBUG: true });

function index(request: HttpRequest) {
  return "Hello, world";
}

app.urlpatterns = [
  path("", index),
];

export default app;
