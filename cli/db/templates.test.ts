/** Templates cannot wait for the database: a relation not loaded in the view is an error that names the fix. */
import { describe, expect, it } from "vitest";
import { Client, path, render, type HttpRequest } from "../../core/index.ts";
import { freshModels, testDatabases } from "./testing/databases.ts";
import { makeModels } from "./testing/models.ts";

const [memory] = await testDatabases();

describe("relations in templates", () => {
  const ctx = freshModels(memory!, () => {
    const m = makeModels("tpl");
    m.app.configure({
      TEMPLATES: {
        "choices.html": "{% for c in question.choices %}<li>{{ c.choiceText }}</li>{% endfor %}",
        "choice.html": "{{ choice.choiceText }} of {{ choice.question.questionText }}",
      },
    });
    const { Question, Choice } = m;
    m.app.urlpatterns = [
      path("q/<int:id>/", async (request: HttpRequest, { id }: { id: number }) => render(request, "choices.html", { question: await Question.objects.get({ pk: id }) })),
      path("qp/<int:id>/", async (request: HttpRequest, { id }: { id: number }) => render(request, "choices.html", { question: await Question.objects.prefetchRelated("choices").get({ pk: id }) })),
      path("c/<int:id>/", async (request: HttpRequest, { id }: { id: number }) => render(request, "choice.html", { choice: await Choice.objects.get({ pk: id }) })),
      path("cs/<int:id>/", async (request: HttpRequest, { id }: { id: number }) => render(request, "choice.html", { choice: await Choice.objects.selectRelated("question").get({ pk: id }) })),
    ];
    return m;
  });

  it("names prefetchRelated and selectRelated when a relation was not loaded, and renders once it is", async () => {
    const { app, Question, Choice } = ctx.m;
    const q = await Question.objects.create({ questionText: "Why?" });
    const c = await Choice.objects.create({ question: q, choiceText: "Because" });
    const client = new Client(app);
    const reverse = await client.get(`/q/${q.id}/`);
    expect(reverse.status).toBe(500);
    expect(reverse.content).toContain("Question.choices was not loaded. Templates cannot wait for the database: load it in the view with Question.objects.prefetchRelated(&quot;choices&quot;)");
    expect((await client.get(`/qp/${q.id}/`)).content).toBe("<li>Because</li>");
    const forward = await client.get(`/c/${c.id}/`);
    expect(forward.status).toBe(500);
    expect(forward.content).toContain("Choice.question was not loaded. Templates cannot wait for the database, so load it in the view: Choice.objects.selectRelated(&quot;question&quot;)");
    expect((await client.get(`/cs/${c.id}/`)).content).toBe("Because of Why?");
  });
});
