/**
 * Forms inside real nunjucks rendering with autoescape on: a bare
 * Environment, and the App's own template engine through the test Client.
 */
import nunjucks from "nunjucks";
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import type { HttpRequest } from "../http/request.ts";
import { render } from "../shortcuts.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import * as forms from "./index.ts";

const ContactForm = forms.Form({
  name: forms.CharField({ maxLength: 100, label: "Name <yours>" }),
  email: forms.EmailField(),
  topic: forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"]], widget: forms.RadioSelect }),
});

describe("a bare nunjucks Environment with autoescape", () => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const renderString = (source: string, context: object): string => env.renderString(source, context);

  test("{{ form }} prints the form's HTML once, not escaped again", () => {
    const form = new ContactForm({ name: "<script>x</script>", email: "bad" });
    const out = renderString("{{ form }}", { form });
    expect(out).toBe(String(form));
    expect(out).toContain('<label for="id_name">Name &lt;yours&gt;:</label>');
    expect(out).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(out).not.toContain("&amp;lt;");
    expect(out).not.toContain("<script>");
  });

  test("{{ form.name }}, its parts, and methods", () => {
    const form = new ContactForm({ email: "bad" });
    const out = renderString(
      "{{ form.name.labelTag() }}|{{ form.name }}|{{ form.name.label }}|{{ form.email.errors }}|{{ form.email.value }}|{{ form.nonFieldErrors() }}|{{ form.asP() }}",
      { form },
    );
    const [label, widget, text, errors, value, nonField, asP] = out.split("|");
    expect(label).toBe('<label for="id_name">Name &lt;yours&gt;:</label>');
    expect(widget).toBe(String(form.name));
    expect(text).toBe("Name &lt;yours&gt;");
    expect(errors).toBe('<ul class="errorlist" id="id_email_error"><li>Enter a valid email address.</li></ul>');
    expect(value).toBe("bad");
    expect(nonField).toBe("");
    expect(asP).toBe(String(form.asP()));
  });

  test("loops over fields and errors, and tests error lists by length", () => {
    const form = new ContactForm({ email: "bad" });
    const out = renderString(
      "{% for field in form %}[{{ field.name }}{% if field.errors.length %}!{% for e in field.errors %}{{ e }};{% endfor %}{% endif %}]{% endfor %}" +
        "{{ form.errors | length }}",
      { form },
    );
    expect(out).toBe("[name!This field is required.;][email!Enter a valid email address.;][topic!This field is required.;]3");
  });

  test("radio options can be rendered one by one", () => {
    const form = new ContactForm({ topic: "idea" });
    const out = renderString(
      "{% for radio in form.topic %}<p>{{ radio.tag() }}<label for=\"{{ radio.idForLabel }}\">{{ radio.choiceLabel }}</label>{{ radio.selected }}</p>{% endfor %}",
      { form },
    );
    expect(out).toBe(
      '<p><input type="radio" name="topic" value="bug" required id="id_topic_0"><label for="id_topic_0">Bug</label>false</p>' +
        '<p><input type="radio" name="topic" value="idea" required id="id_topic_1" checked><label for="id_topic_1">Idea</label>true</p>',
    );
    expect(renderString("{% for w in form.email %}{{ w }}{% endfor %}", { form })).toBe(String(form.email));
    expect(renderString("{% for r in form.topic %}{{ r }}{% endfor %}", { form })).toContain('<label for="id_topic_0"><input type="radio"');
  });

  test("a submitted value that looks like a SafeString marker is still escaped", () => {
    const form = new ContactForm({ name: '"><img src=x onerror=alert(1)>' });
    const out = renderString("{{ form.name }}", { form });
    expect(out).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });
});

describe("the App's template engine", () => {
  test("GET shows an empty form; POST with errors re-renders them; a valid POST redirects", async () => {
    const app = new App({
      DEBUG: true,
      SECRET_KEY: "test-secret-key-for-forms",
      TEMPLATES: {
        "contact.html": `<form method="post">{{ form }}<button>Send</button></form>{% if form.errors.length %}<p>{{ form.errors.length }} errors</p>{% endif %}`,
      },
    });
    async function contact(request: HttpRequest) {
      const form = request.method === "POST" ? new ContactForm(request.POST) : new ContactForm();
      if (form.isValid()) return `Thanks, ${form.cleanedData.name} (${form.cleanedData.topic})`;
      return render(request, "contact.html", { form });
    }
    app.urlpatterns = [path("contact/", contact, { name: "contact" })];
    const client = new Client(app);

    const empty = await client.get("/contact/");
    expect(empty.status).toBe(200);
    expect(empty.content).toContain('<input type="text" name="name" maxlength="100" required id="id_name">');
    expect(empty.content).toContain("<legend>Topic:</legend>");
    expect(empty.content).not.toContain("errors</p>");

    const bad = await client.post("/contact/", { name: "<b>Ann</b>", email: "nope", topic: "idea" });
    expect(bad.status).toBe(200);
    expect(bad.content).toContain('value="&lt;b&gt;Ann&lt;/b&gt;"');
    expect(bad.content).toContain('<ul class="errorlist" id="id_email_error"><li>Enter a valid email address.</li></ul>');
    expect(bad.content).toContain('value="idea" required id="id_topic_1" checked');
    expect(bad.content).toContain("<p>1 errors</p>");

    const good = await client.post("/contact/", { name: "Ann", email: "ann@example.com", topic: "bug" });
    expect(good.content).toBe("Thanks, Ann (bug)");
  });
});
