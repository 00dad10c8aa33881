// A user's single file, type-checked by the package test under a strict tsconfig against the
// installed package's declarations, and run by its tests (site.test.ts).
import { App, HttpResponse, JsonResponse, forms, models, path, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  SECRET_KEY: "package-test-only",
  TEMPLATES: { "hello.html": "<h1>Hello, {{ name }}</h1>" },
});

export class Note extends app.Model("Note", {
  text: models.CharField({ maxLength: 100 }),
  pinned: models.BooleanField({ default: false }),
}) {
  declare static objects: models.Manager<Note>;
}

const NameForm = forms.Form({ name: forms.CharField({ maxLength: 20 }) });

function hello(request: HttpRequest) {
  const form = new NameForm(request.GET);
  const name: string = form.isValid() ? form.cleanedData.name : "world";
  return render(request, "hello.html", { name });
}

async function pinnedNotes() {
  const notes = await Note.objects.filter({ pinned: true }).orderBy("text");
  return new JsonResponse({ pinned: notes.map((note) => note.text) });
}

app.urlpatterns = [
  path("", hello, { name: "hello" }),
  path("items/<int:id>/", (request: HttpRequest, { id }: { id: number }) => new JsonResponse({ id, method: request.method }), { name: "item" }),
  path("text/", () => new HttpResponse("plain", { contentType: "text/plain" }), { name: "text" }),
  path("notes/", pinnedNotes, { name: "notes" }),
];

export default app;
