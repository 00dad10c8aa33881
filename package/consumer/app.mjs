// Plain Node, no TypeScript anywhere: the installed package's compiled modules load as they are.
import { App, JsonResponse, path } from "onefile";

const app = new App({ DEBUG: true });
app.urlpatterns = [path("hello/<int:id>/", (request, { id }) => new JsonResponse({ id, path: request.path }), { name: "hello" })];

const response = await app.fetch(new Request("http://localhost/hello/7/"));
console.log(response.status, await response.text());
