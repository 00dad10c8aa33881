// contact.ts — a contact form: validation errors, then a success message after a redirect
import { App, forms, messages, path, redirect, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  // Signs the session cookie that carries the success message across the redirect.
  // A real site reads it from the environment and keeps it secret.
  SECRET_KEY: "onefile-insecure-contact-example",
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>{% block title %}Contact{% endblock %}</title>
<style>.errorlist{color:#b00020}.message.success{background:#e6f4ea;padding:.5em}</style>
<body>
{% for m in messages %}<p class="message {{ m.tags }}" role="status">{{ m }}</p>{% endfor %}
{% block body %}{% endblock %}
</body></html>`,
    "contact.html": `{% extends "base.html" %}{% block body %}
<h1>Contact us</h1>
<form method="post" action="{{ url('contact') }}" novalidate>
  {% csrf_token %}
  {{ form }}
  <button type="submit">Send</button>
</form>
<p>{{ sent }} message{{ "" if sent == 1 else "s" }} received so far.</p>
{% endblock %}`,
  },
});

const ContactForm = forms.Form(
  {
    name: forms.CharField({ maxLength: 100 }),
    email: forms.EmailField({ helpText: "We answer here, and never share it." }),
    subject: forms.ChoiceField({ choices: [["question", "A question"], ["bug", "A bug report"], ["other", "Something else"]] }),
    message: forms.CharField({ widget: forms.Textarea, minLength: 10 }),
    copy: forms.BooleanField({ required: false, label: "Send me a copy" }),
  },
  {
    cleanMessage(value) {
      if (/https?:\/\//i.test(value)) throw new forms.ValidationError("Please leave links out of your message.");
    },
  },
);

/** Messages received, newest last (in memory: a prototype has no database yet). */
export const inbox: { name: string; email: string; subject: string; message: string }[] = [];

function contact(request: HttpRequest) {
  const form = new ContactForm(request.method === "POST" ? request.POST : null);
  if (request.method === "POST" && form.isValid()) {
    const { name, email, subject, message } = form.cleanedData;
    inbox.push({ name, email, subject, message });
    messages.success(request, `Thanks, ${name}! We will answer at ${email}.`);
    // Redirect after a successful POST, so a reload does not send the form again.
    return redirect("contact");
  }
  return render(request, "contact.html", { form, sent: inbox.length });
}

app.urlpatterns = [path("", contact, { name: "contact" })];

app.test("a message with a link is sent back with the error", async ({ client, expect }) => {
  const response = await client.post("/", { name: "Ada", email: "ada@example.com", subject: "question", message: "See https://example.com now" });
  expect(response).toHaveStatus(200);
  expect(response).toContainText("Please leave links out of your message.");
});

app.test("a good message redirects and says thanks", async ({ client, expect }) => {
  const data = { name: "Ada", email: "ada@example.com", subject: "question", message: "How do I deploy this?" };
  expect(await client.post("/", data)).toRedirectTo("/");
  expect(await client.get("/")).toContainText("Thanks, Ada! We will answer at ada@example.com.");
});

export default app;
