// A whole site in one file: settings, templates, views and URL patterns.
import { App, forms, messages, models, path, redirect, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  ALLOWED_HOSTS: ["guestbook.example", "localhost", "127.0.0.1"],
  SECRET_KEY: "tutorial-only-change-me-0c4e1b7d9a",
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{% block title %}Guestbook{% endblock %}</title></head>
<body>
  <nav><a href="{{ url('index') }}">Home</a> · <a href="{{ url('about') }}">About</a> · <a href="{{ url('sign') }}">Sign</a></nav>
  {% for message in messages %}<p class="message {{ message.tags }}" role="status">{{ message }}</p>{% endfor %}
  <main>{% block content %}{% endblock %}</main>
</body>
</html>`,
    "index.html": `{% extends "base.html" %}
{% block content %}<h1>Hello, world</h1>
{% if name %}<p>Welcome back, {{ name }}!</p>{% endif %}
<p><a href="{{ url('hello', { name: 'Ada' }) }}">Say hello to Ada</a></p>
<ul>
{% for entry in entries %}<li><strong>{{ entry.name }}</strong>: {{ entry.message }}
  {% for reply in entry.replies %}<br><em>Reply: {{ reply.text }}</em>{% endfor %}</li>
{% else %}<li>Nobody has signed yet.</li>{% endfor %}
</ul>{% endblock %}`,
    "about.html": `{% extends "base.html" %}
{% block title %}About{% endblock %}
{% block content %}<h1>About</h1><p>This guestbook is one file, with no scaffolding.</p>{% endblock %}`,
    "hello.html": `{% extends "base.html" %}
{% block content %}<h1>Hello, {{ name }}!</h1>{% endblock %}`,
    "sign.html": `{% extends "base.html" %}
{% block title %}Sign the guestbook{% endblock %}
{% block content %}<h1>Sign the guestbook</h1>
<form method="post" action="{{ url('sign') }}">
  {% csrf_token %}
  {{ form }}
  <button type="submit">Sign</button>
</form>{% endblock %}`,
  },
});

const EntryForm = forms.Form({
  name: forms.CharField({ maxLength: 40 }),
  message: forms.CharField({ maxLength: 500, widget: forms.Textarea }),
});

/** One signature of the guestbook: a table guestbook_entry in the database. */
class Entry extends app.Model("Entry", {
  name: models.CharField({ maxLength: 40 }),
  message: models.TextField(),
  created: models.DateTimeField({ autoNowAdd: true }),
}, { ordering: ["-created", "-id"], verboseNamePlural: "entries" }) {
  declare static objects: models.Manager<Entry>;
  declare replies: models.RelatedManager<Reply>;

  override toString() {
    return `${this.name}: ${this.message}`;
  }
}

/** The guestbook owner's answer to an entry, written in the admin. */
class Reply extends app.Model("Reply", {
  entry: models.ForeignKey(() => Entry, { onDelete: models.CASCADE, relatedName: "replies" }),
  text: models.TextField(),
}, { verboseNamePlural: "replies" }) {
  declare static objects: models.Manager<Reply>;
}

// The admin: the entries in a table you can search and filter, each entry's replies on its page.
app.admin.register(Entry, {
  listDisplay: ["name", "message", "created"],
  searchFields: ["name", "message"],
  listFilter: ["created"],
  inlines: [{ model: Reply, extra: 1 }],
});

async function index(request: HttpRequest) {
  // Templates cannot wait for the database: the replies are loaded here, with the entries.
  const entries = await Entry.objects.prefetchRelated("replies");
  return render(request, "index.html", { entries, name: request.session.get("name") });
}

function about(request: HttpRequest) {
  return render(request, "about.html");
}

function hello(request: HttpRequest, { name }: { name: string }) {
  return render(request, "hello.html", { name });
}

async function sign(request: HttpRequest) {
  const form = new EntryForm(request.method === "POST" ? request.POST : null);
  if (request.method === "POST" && form.isValid()) {
    await Entry.objects.create(form.cleanedData);
    request.session.set("name", form.cleanedData.name);
    messages.success(request, `Thanks for signing, ${form.cleanedData.name}!`);
    // Redirect after a successful POST, so a reload does not sign twice.
    return redirect("index");
  }
  return render(request, "sign.html", { form });
}

app.urlpatterns = [
  path("admin/", app.admin.urls),
  path("", index, { name: "index" }),
  path("about/", about, { name: "about" }),
  path("hello/<str:name>/", hello, { name: "hello" }),
  path("sign/", sign, { name: "sign" }),
];

// Tests live next to the code. The sandbox's Tests panel runs them; so does
// "npx onefile test app.ts" on Node.
app.test("the about page answers", async ({ client, expect }) => {
  const response = await client.get("/about/");
  expect(response).toHaveStatus(200);
  expect(response).toContainText("About");
});

app.test("signing thanks you and lists the entry", async ({ client, expect }) => {
  const response = await client.post("/sign/", { name: "Ada", message: "Tested" }, { follow: true });
  expect(response).toContainText("Thanks for signing, Ada!");
  expect(response).toContainText("Ada: Tested");
});

export default app;
