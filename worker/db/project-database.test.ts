import { describe, expect, it } from "vitest";
import { App, models, path } from "../../core/index.ts";
import { PBKDF2PasswordHasher } from "../../core/auth/pbkdf2.ts";
import { ProjectDatabase } from "./project-database.ts";
import { MemoryStore, openOn } from "./testing.ts";

/** A notes app; `extra` are fields besides title, `settings` extra settings. */
function notesApp(extra: Record<string, ReturnType<typeof models.CharField>> = {}, settings: Record<string, unknown> = {}) {
  const app = new App({ DEBUG: true, ...settings });
  const Note = app.Model("Note", { title: models.CharField({ maxLength: 100 }), ...extra });
  return { app, Note };
}

async function project(store = new MemoryStore()): Promise<{ project: ProjectDatabase; store: MemoryStore }> {
  return { project: ProjectDatabase.on(await openOn(store)), store };
}

describe("ProjectDatabase", () => {
  it("creates the models' tables, named with the hint for a new database", async () => {
    const { project: db } = await project();
    const { app, Note } = notesApp();
    expect(await db.attach(app, "notes")).toEqual({ applied: ["Create table notes_note (notes.Note)"], pending: [] });
    await Note.objects.create({ title: "First" });
    expect(await db.tables()).toEqual([{ name: "notes_note", rows: 1 }]);
  });

  it("keeps the label a database's tables were made with, whatever the hint", async () => {
    const { project: first, store } = await project();
    const made = notesApp();
    await first.attach(made.app, "polls");
    await made.Note.objects.create({ title: "Kept" });
    const { project: again } = await project(store);
    const { app, Note } = notesApp();
    expect(await again.attach(app, "something-else")).toEqual({ applied: [], pending: [] });
    expect((await Note.objects.all()).map((note) => note.title)).toEqual(["Kept"]);
    // An app that sets APP_LABEL keeps it.
    const { project: third } = await project(store);
    const labelled = notesApp({}, { APP_LABEL: "mine" });
    expect((await third.attach(labelled.app)).applied).toEqual(["Create table mine_note (mine.Note)"]);
  });

  it("applies an added field, and waits for the user on a removed one", async () => {
    const { project: db } = await project();
    const first = notesApp({ body: models.CharField({ maxLength: 10, default: "" }) });
    await db.attach(first.app);
    await first.Note.objects.create({ title: "A", body: "text" });

    const added = notesApp({ body: models.CharField({ maxLength: 10, default: "" }), tag: models.CharField({ maxLength: 10, default: "x" }) });
    expect((await db.attach(added.app)).applied).toEqual([expect.stringContaining("app_note.tag")]);

    const removed = notesApp({ tag: models.CharField({ maxLength: 10, default: "x" }) });
    const report = await db.attach(removed.app);
    expect(report.pending).toEqual([{ description: expect.stringContaining("app_note.body"), reason: expect.stringContaining("1 row") }]);
    expect((await db.rows("app_note", 0)).columns).toEqual(["id", "title", "body", "tag"]);

    expect(await db.applyPending()).toEqual({ applied: [], pending: [] });
    expect(await db.rows("app_note", 0)).toMatchObject({ columns: ["id", "title", "tag"], rows: [[1, "A", "x"]] });
  });

  it("resets to empty tables, and opens a db.sqlite3 file in place of its data", async () => {
    const { project: source } = await project();
    const made = notesApp();
    await source.attach(made.app);
    await made.Note.objects.create({ title: "From a file" });
    const file = await source.download();

    const { project: db } = await project();
    const { app, Note } = notesApp();
    await db.attach(app);
    await Note.objects.create({ title: "Mine" });
    await db.openFile(file);
    expect((await Note.objects.all()).map((note) => note.title)).toEqual(["From a file"]);
    await db.reset();
    expect(await db.tables()).toEqual([{ name: "app_note", rows: 0 }]);
  });

  it("dumps rows with their label and loads them into a fresh database", async () => {
    const { project: source } = await project();
    const made = notesApp();
    await source.attach(made.app, "notes");
    await made.Note.objects.create({ title: "Shared" });
    const dump = await source.dump();
    expect(dump).toEqual({ v: 1, label: "notes", tables: { notes_note: { columns: ["id", "title"], rows: [[1, "Shared"]] } } });

    const { project: fresh } = await project();
    const { app, Note } = notesApp();
    await fresh.attach(app, dump.label);
    expect(await fresh.load(JSON.parse(JSON.stringify(dump)))).toEqual({ rows: 1, skipped: [] });
    expect((await Note.objects.all()).map((note) => note.title)).toEqual(["Shared"]);
  });

  it("says what is missing when the project does not use auth, and never adds its tables", async () => {
    const { project: db } = await project();
    const { app } = notesApp();
    expect(await db.attach(app)).not.toHaveProperty("users");
    await expect(db.createSuperuser({ username: "admin", email: "", password: "correct horse battery" })).rejects.toThrow(/no users: add the admin/);
    expect((await db.tables()).map((table) => table.name)).toEqual(["app_note"]);
  });

  it("creates a superuser for an app with the admin, with Django's checks, and counts the users", async () => {
    const { project: db, store } = await project();
    const { app } = notesApp({}, { PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 10 })] });
    app.admin.register(app.db.models.get("Note")!);
    app.urlpatterns = [path("office/", app.admin.urls)];
    expect((await db.attach(app)).users).toBe(0);

    expect(await db.createSuperuser({ username: "admin", email: "bad", password: "admin" })).toEqual({
      ok: false,
      errors: { email: ["Enter a valid email address."], password: ["The password is too similar to the username.", "This password is too short. It must contain at least 8 characters.", "This password is too common."] },
      canBypass: false,
    });
    const weak = await db.createSuperuser({ username: "admin", email: "", password: "admin" });
    expect(weak).toMatchObject({ ok: false, canBypass: true });
    expect(await db.createSuperuser({ username: "admin", email: "", password: " " }, true)).toEqual({
      ok: false,
      errors: { password: ["Blank passwords aren't allowed."] },
      canBypass: false,
    });
    expect(await db.createSuperuser({ username: "admin", email: "", password: "admin" }, true)).toEqual({ ok: true, username: "admin", adminPath: "/office/" });
    expect(await db.createSuperuser({ username: "admin", email: "", password: "correct horse battery" })).toEqual({
      ok: false,
      errors: { username: ["That username is already taken."] },
      canBypass: false,
    });

    // The account is in the project's database: a runner started afresh finds it.
    const { project: again } = await project(store);
    const { app: reloaded } = notesApp();
    reloaded.admin.register(reloaded.db.models.get("Note")!);
    expect((await again.attach(reloaded)).users).toBe(1);
    const admin = await reloaded.auth.User.objects.get({ username: "admin" });
    expect([admin.isStaff, admin.isSuperuser, await admin.checkPassword("admin")]).toEqual([true, true, true]);
  });
});
