import { Client, it } from "onefile/test";

/** Reads the CSRF token out of a page's form, or "" when there is none. */
function tokenIn(html: string): string {
  return /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(html)?.[1] ?? "";
}

it("the form carries a CSRF token", async ({ client, expect }) => {
  expect((await client.get("/sign/")).content).toContain('name="csrfmiddlewaretoken"');
});

it("a signed form with its token redirects to the home page", async ({ app, expect }) => {
  const browser = new Client(app, { enforceCsrfChecks: true });
  const token = tokenIn((await browser.get("/sign/")).content);
  const response = await browser.post("/sign/", { csrfmiddlewaretoken: token, name: "Ada", message: "First!" });
  expect(response).toRedirectTo("/");
});

it("the entry then shows on the home page", async ({ app, expect }) => {
  const browser = new Client(app, { enforceCsrfChecks: true });
  const token = tokenIn((await browser.get("/sign/")).content);
  await browser.post("/sign/", { csrfmiddlewaretoken: token, name: "Grace", message: "Hello from the checks" });
  expect(await browser.get("/")).toContainText("Grace: Hello from the checks");
});

it("a POST without the token is refused with 403", async ({ app, expect }) => {
  const forger = new Client(app, { enforceCsrfChecks: true });
  expect(await forger.post("/sign/", { name: "Eve", message: "Forged" })).toHaveStatus(403);
});

it("a form without a message comes back with the error", async ({ client, expect }) => {
  const response = await client.post("/sign/", { name: "Ada" });
  expect(response).toHaveStatus(200);
  expect(response).toContainText("This field is required.");
});
