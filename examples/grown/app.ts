// examples/grown/app.ts — a project that outgrew its file: most of its tests moved beside it
import { App, JsonResponse, path, type HttpRequest } from "onefile";

const app = new App({ DEBUG: true });

const todos: string[] = [];

function todoList(request: HttpRequest) {
  if (request.method === "POST") {
    const title = request.POST.get("title")?.trim();
    if (!title) return new JsonResponse({ error: "title is required" }, { status: 400 });
    todos.push(title);
  }
  return new JsonResponse({ todos });
}

app.urlpatterns = [path("todos/", todoList, { name: "todos" })];

// One test stays next to the view; `npx onefile test` also runs app.test.ts and tests/*.test.ts.
app.test("the list answers JSON", async ({ client, expect }) => {
  const response = await client.get("/todos/");
  expect(response).toHaveStatus(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
});

export default app;
