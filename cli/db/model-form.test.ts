/** ModelForm over a real (in-memory SQLite) database: fields from the model, model validation, save. */
import { describe, expect, it } from "vitest";
import { ModelForm } from "../../core/index.ts";
import { freshModels, testDatabases } from "./testing/databases.ts";
import { makeModels } from "./testing/models.ts";

const [memory] = await testDatabases();

describe("ModelForm", () => {
  const ctx = freshModels(memory!, () => makeModels("forms"));

  it("builds fields from the model, with labels, help and defaults", () => {
    const ItemForm = ModelForm(ctx.m.Item, { exclude: ["data"] });
    const form = new ItemForm();
    expect(Object.keys(form.fields)).toEqual(["code", "price", "big", "small", "stock", "day", "site", "kind"]);
    expect(String(form)).toContain('<select name="kind"');
    const QuestionForm = ModelForm(ctx.m.Question, { fields: ["questionText"], labels: { questionText: "Your question" } });
    expect(String(new QuestionForm())).toContain("Your question:");
    expect(() => ModelForm(ctx.m.Question, { fields: ["nope" as never] })).toThrow("Cannot resolve field 'nope' into field of Question");
    expect(() => ModelForm(ctx.m.Choice, { fields: ["question"] })).toThrow(/cannot edit the relation Choice.question yet/);
  });

  it("validates with the model's rules and unique constraints, then saves", async () => {
    const { Author } = ctx.m;
    await Author.objects.create({ name: "Ann" });
    const AuthorForm = ModelForm(Author, { fields: ["name", "email"] });
    const taken = new AuthorForm({ name: "Ann", email: "" });
    expect(taken.isValid()).toBe(true);
    expect(await taken.validate()).toBe(false);
    expect(taken.errors.name?.asData().map((e) => e.message)).toEqual(["Author with this Name already exists."]);
    await expect(taken.save()).rejects.toThrow("The Author could not be saved because the data didn't validate.");
    const fresh = new AuthorForm({ name: "Bob", email: "bob@example.com" });
    expect(await fresh.validate()).toBe(true);
    const bob = await fresh.save();
    expect((await Author.objects.get({ name: "Bob" })).email).toBe("bob@example.com");
    const edit = new AuthorForm({ name: "Bob", email: "robert@example.com" }, null, { instance: bob });
    expect(await edit.validate()).toBe(true);
    await edit.save();
    expect((await Author.objects.get({ pk: bob.id })).email).toBe("robert@example.com");
    expect(String(new AuthorForm(null, null, { instance: bob }))).toContain('value="robert@example.com"');
    const unsaved = await new AuthorForm({ name: "Cy", email: "" }).save({ commit: false });
    expect(unsaved._state.adding).toBe(true);
    expect(await Author.objects.filter({ name: "Cy" }).exists()).toBe(false);
  });
});
