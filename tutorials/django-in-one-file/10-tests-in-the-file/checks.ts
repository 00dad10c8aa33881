import { it, runTests } from "onefile/test";

it("your file declares at least one test with app.test", ({ app, expect }) => {
  expect(app.tests.length).not.toBe(0);
});

it("your tests pass", async ({ app, expect }) => {
  const run = await runTests(app);
  const failing = run.results.filter((result) => result.outcome !== "pass").map((result) => `${result.name}: ${result.failure?.message}`);
  expect(failing).toEqual([]);
});

it("your tests fail when the site is broken (no URL patterns at all)", async ({ app, expect }) => {
  const patterns = app.urlpatterns;
  app.urlpatterns = [];
  try {
    const run = await runTests(app);
    expect(run.failures + run.errors).not.toBe(0);
  } finally {
    app.urlpatterns = patterns;
  }
});
