// examples/api.ts — a small JSON API with class-based views
import { App, path, View, JsonResponse, BadRequest, Http404, csrfExempt, type HttpRequest } from "onefile";

const app = new App({ DEBUG: true });

interface Todo {
  id: number;
  title: string;
  done: boolean;
}

const todos = new Map<number, Todo>();
let nextId = 1;

/** Reads a todo from a JSON body, checking its fields. */
function parseTodo(request: HttpRequest): Pick<Todo, "title" | "done"> {
  const body = request.json<Partial<Todo>>();
  if (typeof body.title !== "string" || body.title.trim() === "") throw new BadRequest("title must be a non-empty string");
  return { title: body.title.trim(), done: body.done === true };
}

class TodoList extends View {
  get() {
    return new JsonResponse({ todos: [...todos.values()] });
  }
  post(request: HttpRequest) {
    const todo = { id: nextId++, ...parseTodo(request) };
    todos.set(todo.id, todo);
    const response = new JsonResponse(todo, { status: 201 });
    response.headers.set("Location", request.app.reverse("todo", { id: todo.id }));
    return response;
  }
}

class TodoDetail extends View {
  todo(id: number): Todo {
    const todo = todos.get(id);
    if (!todo) throw new Http404(`No todo with id ${id}`);
    return todo;
  }
  get(request: HttpRequest, { id }: { id: number }) {
    return new JsonResponse(this.todo(id));
  }
  put(request: HttpRequest, { id }: { id: number }) {
    const todo = Object.assign(this.todo(id), parseTodo(request));
    return new JsonResponse(todo);
  }
  delete(request: HttpRequest, { id }: { id: number }) {
    todos.delete(this.todo(id).id);
    return new JsonResponse({ deleted: id });
  }
}

// An API called by scripts, not by forms on this site, is exempt from the CSRF check that
// DEFAULT_MIDDLEWARE applies to POST, PUT and DELETE. (A real one would check a token instead.)
app.urlpatterns = [
  path("api/todos/", csrfExempt(TodoList.asView()), { name: "todos" }),
  path("api/todos/<int:id>/", csrfExempt(TodoDetail.asView()), { name: "todo" }),
];

app.test("a todo is created, read, updated and deleted", async ({ client, expect }) => {
  const json = { contentType: "application/json" };
  const created = await client.post("/api/todos/", { title: " Write docs " }, json);
  expect(created).toHaveStatus(201);
  const { id } = created.json();
  expect((await client.get(`/api/todos/${id}/`)).json()).toEqual({ id, title: "Write docs", done: false });
  expect((await client.put(`/api/todos/${id}/`, { title: "Write docs", done: true }, json)).json().done).toBe(true);
  await client.delete(`/api/todos/${id}/`);
  expect(await client.get(`/api/todos/${id}/`)).toHaveStatus(404);
});

app.test("a todo without a title is refused", async ({ client, expect }) => {
  const response = await client.post("/api/todos/", { title: "" }, { contentType: "application/json" });
  expect(response).toHaveStatus(400);
});

export default app;
