// The benchmark app as a onefile user would write it: one file, served by `onefile serve`.
import { App, HttpResponse, path, render, type HttpRequest } from "onefile";
import { PAGE_CONTEXT, ROUTES, TEMPLATES } from "./shared.mjs";

const app = new App({
  DEBUG: false,
  ALLOWED_HOSTS: ["127.0.0.1", "localhost"],
  TEMPLATES,
});

const text = (body: string) => new HttpResponse(body, { contentType: "text/plain; charset=utf-8" });

function hello(request: HttpRequest, { id }: { id: number }) {
  return text(`Hello, ${id}`);
}

function page(request: HttpRequest) {
  return render(request, "page.html", PAGE_CONTEXT);
}

app.urlpatterns = ROUTES.map((route, i) => {
  if (route === "hello/<int:id>/") return path(route, hello, { name: "hello" });
  if (route === "page/") return path(route, page, { name: "page" });
  return path(route, () => text(`route ${i}`), { name: `r${i}` });
});

export default app;
