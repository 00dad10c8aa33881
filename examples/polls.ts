// examples/polls.ts — Django's tutorial app ("Writing your first Django app") as one file.
import { admin, App, F, getObjectOr404, models, path, redirect, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  // Where the data lives (this is the default): db.sqlite3 beside this file. Tables are
  // named after the file: polls_question, polls_choice.
  DATABASES: { default: { ENGINE: "sqlite", NAME: "db.sqlite3" } },
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>{% block title %}Polls{% endblock %}</title>
<body>{% block body %}{% endblock %}</body></html>`,
    "index.html": `{% extends "base.html" %}{% block body %}
<h1>Latest polls</h1>
<ul>
{% for question in latest %}<li><a href="{{ url('detail', {id: question.id}) }}">{{ question.questionText }}</a></li>
{% else %}<li>No polls are available.</li>{% endfor %}
</ul>
{% endblock %}`,
    "detail.html": `{% extends "base.html" %}{% block title %}{{ question }}{% endblock %}{% block body %}
<form action="{{ url('vote', {id: question.id}) }}" method="post">
{% csrf_token %}
<fieldset>
  <legend><h1>{{ question.questionText }}</h1></legend>
  {% if error %}<p><strong>{{ error }}</strong></p>{% endif %}
  {% for choice in question.choices %}
    <input type="radio" name="choice" id="choice{{ loop.index }}" value="{{ choice.id }}">
    <label for="choice{{ loop.index }}">{{ choice.choiceText }}</label><br>
  {% endfor %}
</fieldset>
<input type="submit" value="Vote">
</form>
{% endblock %}`,
    "results.html": `{% extends "base.html" %}{% block title %}Results: {{ question }}{% endblock %}{% block body %}
<h1>{{ question.questionText }}</h1>
<ul>
{% for choice in question.choices %}<li>{{ choice.choiceText }} -- {{ choice.votes }} vote{{ "" if choice.votes == 1 else "s" }}</li>
{% endfor %}</ul>
<a href="{{ url('detail', {id: question.id}) }}">Vote again?</a>
{% endblock %}`,
  },
});

export class Question extends app.Model("Question", {
  questionText: models.CharField({ maxLength: 200 }),
  pubDate: models.DateTimeField({ verboseName: "date published", default: () => new Date() }),
}, { ordering: ["-pubDate"] }) {
  declare static objects: models.Manager<Question>;
  declare choices: models.RelatedManager<Choice>;

  override toString() {
    return this.questionText;
  }

  /** Published within the last day (and not in the future). */
  wasPublishedRecently(now = new Date()) {
    const age = now.getTime() - this.pubDate.getTime();
    return age >= 0 && age <= 24 * 60 * 60 * 1000;
  }
}

export class Choice extends app.Model("Choice", {
  question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
  choiceText: models.CharField({ maxLength: 200 }),
  votes: models.IntegerField({ default: 0 }),
}) {
  declare static objects: models.Manager<Choice>;

  override toString() {
    return this.choiceText;
  }
}

async function index(request: HttpRequest) {
  const latest = await Question.objects.filter({ pubDate__lte: new Date() }).orderBy("-pubDate").slice(0, 5);
  return render(request, "index.html", { latest });
}

async function detail(request: HttpRequest, { id }: { id: number }) {
  // Templates cannot wait for the database: the choices are loaded here, with the question.
  const question = await getObjectOr404(Question.objects.prefetchRelated("choices"), { pk: id, pubDate__lte: new Date() });
  return render(request, "detail.html", { question });
}

async function results(request: HttpRequest, { id }: { id: number }) {
  const question = await getObjectOr404(Question.objects.prefetchRelated("choices"), { pk: id });
  return render(request, "results.html", { question });
}

async function vote(request: HttpRequest, { id }: { id: number }) {
  const question = await getObjectOr404(Question, { pk: id });
  // F() adds in the database, so votes cast at the same moment are all counted.
  const updated = await question.choices.filter({ pk: request.POST.get("choice") }).update({ votes: F("votes").add(1) });
  if (updated === 0) {
    const reloaded = await Question.objects.prefetchRelated("choices").get({ pk: id });
    return render(request, "detail.html", { question: reloaded, error: "You didn't select a choice." }, { status: 400 });
  }
  return redirect("results", { id });
}

app.test("a vote is counted and shown in the results", async ({ client, expect }) => {
  const question = await Question.objects.create({ questionText: "Tabs or spaces?", pubDate: new Date(Date.now() - 1000) });
  const tabs = await question.choices.create({ choiceText: "Tabs" });
  const page = await client.post(`/${question.id}/vote/`, { choice: String(tabs.id) }, { follow: true });
  expect(page).toContainText("Tabs -- 1 vote");
});

app.test("voting without a choice shows the question again", async ({ client, expect }) => {
  const question = await Question.objects.create({ questionText: "Tea or coffee?", pubDate: new Date(Date.now() - 1000) });
  expect(await client.post(`/${question.id}/vote/`, {})).toHaveStatus(400);
});

// The admin, as in the tutorial's part 7: questions with their choices inline.
app.admin.register(Question, {
  listDisplay: ["questionText", "pubDate", admin.display({ boolean: true, ordering: "pubDate", description: "Published recently?" }, (q: Question) => q.wasPublishedRecently())],
  listFilter: ["pubDate"],
  searchFields: ["questionText"],
  inlines: [{ model: Choice, extra: 3 }],
});

app.test("a staff user finds the questions in the admin", async ({ client, expect }) => {
  await app.auth.User.objects.createSuperuser("admin", "admin@example.com", "correct horse battery");
  await Question.objects.create({ questionText: "Admin or not?" });
  await client.post("/admin/login/", { username: "admin", password: "correct horse battery" });
  expect(await client.get("/admin/polls/question/?q=admin")).toContainText("Admin or not?");
});

app.urlpatterns = [
  path("admin/", app.admin.urls),
  path("", index, { name: "index" }),
  path("<int:id>/", detail, { name: "detail" }),
  path("<int:id>/results/", results, { name: "results" }),
  path("<int:id>/vote/", vote, { name: "vote" }),
];

export default app;
