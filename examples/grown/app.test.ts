// examples/grown/app.test.ts — a test file beside app.ts adds to the same app
import app from "./app.ts";

app.test("a todo without a title is refused", async ({ client, expect }) => {
  const response = await client.post("/todos/", { title: "  " });
  expect(response).toHaveStatus(400);
  expect(response.json()).toEqual({ error: "title is required" });
});
