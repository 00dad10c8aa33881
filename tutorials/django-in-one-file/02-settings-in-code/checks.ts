import { it } from "onefile/test";

it("ALLOWED_HOSTS names guestbook.example", ({ app, expect }) => {
  expect(app.settings.ALLOWED_HOSTS).toContain("guestbook.example");
});

it("ALLOWED_HOSTS still names localhost and 127.0.0.1, for your own machine", ({ app, expect }) => {
  expect(app.settings.ALLOWED_HOSTS).toContain("localhost");
  expect(app.settings.ALLOWED_HOSTS).toContain("127.0.0.1");
});

it("SECRET_KEY is at least 20 characters long", ({ app, expect }) => {
  expect(app.settings.SECRET_KEY).toMatch(/^.{20,}$/s);
});

it("DEBUG is still on while you develop", ({ app, expect }) => {
  expect(app.settings.DEBUG).toBe(true);
});

it("the home page still says Hello, world", async ({ client, expect }) => {
  expect(await client.get("/")).toContainText("Hello, world");
});
