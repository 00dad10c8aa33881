import { describe, expect, it } from "vitest";
import { App, Client, HttpResponse, path, View, type HttpRequest } from "./index.ts";

class Greeting extends View {
  greeting = "Hello";
  calls = 0;
  get(request: HttpRequest, { name }: { name: string }) {
    this.calls++;
    return `${this.greeting}, ${name} (${this.calls})`;
  }
  post(request: HttpRequest) {
    return new HttpResponse(`posted ${request.POST.get("x")}`, { status: 201 });
  }
}

describe("View", () => {
  const app = new App({ DEBUG: true });
  app.urlpatterns = [
    path("hi/<str:name>/", Greeting.asView(), { name: "hi" }),
    path("hey/<str:name>/", Greeting.asView({ greeting: "Hey" }), { name: "hey" }),
  ];
  const client = new Client(app);

  it("dispatches on the method with a fresh instance per request", async () => {
    expect((await client.get("/hi/ada/")).content).toBe("Hello, ada (1)");
    expect((await client.get("/hi/ada/")).content).toBe("Hello, ada (1)");
    const posted = await client.post("/hi/ada/", { x: "7" });
    expect(posted.status).toBe(201);
    expect(posted.content).toBe("posted 7");
  });

  it("takes initial fields from asView()", async () => {
    expect((await client.get("/hey/bob/")).content).toBe("Hey, bob (1)");
  });

  it("answers 405 with Allow for other methods, HEAD with get, and OPTIONS", async () => {
    const put = await client.put("/hi/ada/");
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    const head = await client.head("/hi/ada/");
    expect(head.status).toBe(200);
    expect(head.content).toBe("");
    const options = await client.request("OPTIONS", "/hi/ada/", undefined);
    expect(options.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });

  it("names the view function after the class", () => {
    expect(Greeting.asView().name).toBe("Greeting");
  });
});
