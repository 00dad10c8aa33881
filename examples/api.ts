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

export default app;
