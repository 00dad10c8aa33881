// guestbook.ts — an in-memory guestbook that remembers your name in the session
import { App, forms, messages, path, redirect, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  // Signs the session cookie. With a fixed key, sessions survive a restart (and a stopped
  // sandbox worker); a real site reads the key from the environment.
  SECRET_KEY: "onefile-insecure-guestbook-example",
  TEMPLATES: {
    "guestbook.html": `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Guestbook</title>
<body>
{% for m in messages %}<p class="message {{ m.tags }}" role="status">{{ m }}</p>{% endfor %}
<h1>Guestbook</h1>
{% if name %}<p class="welcome">Welcome back, {{ name }}!
  <form method="post" action="{{ url('forget') }}" style="display:inline">{% csrf_token %}<button>Not {{ name }}?</button></form></p>{% endif %}
<form method="post" action="{{ url('guestbook') }}">
  {% csrf_token %}
  {{ form }}
  <button type="submit">Sign</button>
</form>
<ol class="entries">
{% for entry in entries %}<li><strong>{{ entry.name }}</strong>: {{ entry.text }}</li>
{% else %}<li class="empty">Nobody has signed yet.</li>{% endfor %}
</ol>
</body></html>`,
  },
});

const EntryForm = forms.Form({
  name: forms.CharField({ maxLength: 40 }),
  text: forms.CharField({ label: "Message", maxLength: 500, widget: forms.Textarea }),
});

/** The entries, newest first. */
export const entries: { name: string; text: string }[] = [];

function guestbook(request: HttpRequest) {
  const name = request.session.get<string>("name");
  if (request.method === "POST") {
    const form = new EntryForm(request.POST);
    if (form.isValid()) {
      entries.unshift(form.cleanedData);
      request.session.set("name", form.cleanedData.name);
      messages.success(request, "Thanks for signing!");
      return redirect("guestbook");
    }
    return render(request, "guestbook.html", { form, name, entries });
  }
  // The remembered name fills in the form, so a returning guest only types a message.
  const form = new EntryForm(null, null, { initial: { name: name ?? "" } });
  return render(request, "guestbook.html", { form, name, entries });
}

function forget(request: HttpRequest) {
  if (request.method === "POST") {
    request.session.flush();
    messages.info(request, "Forgotten. Sign with any name you like.");
  }
  return redirect("guestbook");
}

app.urlpatterns = [
  path("", guestbook, { name: "guestbook" }),
  path("forget/", forget, { name: "forget" }),
];

app.test("signing adds the entry and remembers the name", async ({ client, expect }) => {
  expect(await client.post("/", { name: "Grace", text: "Hello from the test" })).toRedirectTo("/");
  const page = await client.get("/");
  expect(page).toContainText("Thanks for signing!");
  expect(page).toContainText("Grace: Hello from the test");
  expect(page).toContainText("Welcome back, Grace!");
});

export default app;
