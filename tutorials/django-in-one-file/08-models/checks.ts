import type { App, models } from "onefile";
import { it } from "onefile/test";

/** The learner's Entry model, as these checks use it (undefined until it is declared). */
function entryModel(app: App) {
  return app.db.models.get("Entry") as unknown as ({ objects: models.Manager<models.Model> } & Function) | undefined;
}

it("the file declares an Entry model", ({ app, expect }) => {
  expect(entryModel(app)?.name ?? "no Entry model").toBe("Entry");
});

it("Entry has the fields name, message and created", ({ app, expect }) => {
  const fields = app.db.models.get("Entry")?._meta.fields.map((field) => field.name) ?? [];
  expect(fields).toContain("name");
  expect(fields).toContain("message");
  expect(fields).toContain("created");
});

it("signing saves an Entry in the database", async ({ app, client, expect }) => {
  await client.post("/sign/", { name: "Ada", message: "Saved for good" });
  const entries = (await entryModel(app)?.objects.all()) ?? [];
  expect(entries.map((entry) => String(entry))).toEqual(["Ada: Saved for good"]);
});

it("the home page lists the entries from the database, newest first", async ({ app, client, expect }) => {
  const Entry = entryModel(app);
  await Entry?.objects.create({ name: "Ada", message: "first" });
  await Entry?.objects.create({ name: "Grace", message: "second" });
  expect(await client.get("/")).toContainText("Grace: second Ada: first");
});
