/**
 * The admin through the test client, on every database the ORM supports (SQLite in memory, a
 * SQLite file, and PostgreSQL when DATABASE_URL names a server; a fresh database per test):
 * every page, every option the polls example uses, and the permission cases.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testDatabases, useFreshDatabase } from "../../cli/db/testing/databases.ts";
import { App } from "../app.ts";
import { PBKDF2PasswordHasher } from "../auth/pbkdf2.ts";
import * as models from "../db/models.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import { action, display } from "./options.ts";

const app = new App({ DEBUG: true, APP_LABEL: "polls", PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 10 })] });
app.logError = () => {};

class Question extends app.Model("Question", {
  questionText: models.CharField({ maxLength: 200 }),
  slug: models.SlugField({ maxLength: 50, blank: true }),
  pubDate: models.DateTimeField({ verboseName: "date published", default: () => new Date() }),
  isOpen: models.BooleanField({ default: true }),
  kind: models.CharField({ maxLength: 1, choices: [["p", "Poll"], ["s", "Survey"]], default: "p" }),
}, { ordering: ["-pubDate"] }) {
  declare static objects: models.Manager<Question>;
  declare choices: models.RelatedManager<Choice>;
  override toString() {
    return this.questionText;
  }
}
class Choice extends app.Model("Choice", {
  question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
  choiceText: models.CharField({ maxLength: 200 }),
  votes: models.IntegerField({ default: 0 }),
}) {
  declare static objects: models.Manager<Choice>;
  override toString() {
    return this.choiceText;
  }
}

const closePolls = action({ description: "Close selected polls", permissions: ["change"] }, async function closePolls(_m, _request, queryset) {
  await queryset.update({ isOpen: false });
});
app.admin.register(Question, {
  listDisplay: ["questionText", "pubDate", "isOpen", display({ description: "Choices", ordering: undefined }, (q) => q.kind)],
  listFilter: ["isOpen", "kind", "pubDate"],
  searchFields: ["questionText", "^slug"],
  dateHierarchy: "pubDate",
  listPerPage: 10,
  fieldsets: [[null, { fields: ["questionText", "slug"] }], ["Date information", { fields: ["pubDate", "isOpen", "kind"], classes: ["collapse"] }]],
  prepopulatedFields: { slug: ["questionText"] },
  inlines: [{ model: Choice, extra: 2 }],
  actions: [closePolls],
});
app.admin.register(Choice, { listDisplay: ["choiceText", "question", "votes"], listFilter: ["question"], searchFields: ["choiceText", "question__questionText"], rawIdFields: ["question"] });
app.urlpatterns = [path("admin/", app.admin.urls)];

const { User, Permission } = app.auth;

async function loggedIn(username = "admin"): Promise<Client> {
  const client = new Client(app);
  const response = await client.post("/admin/login/", { username, password: "secret pw", next: "/admin/" });
  expect(response.status, response.content).toBe(302);
  return client;
}

describe.each(await testDatabases())("the admin on $name", (database) => {
  useFreshDatabase(app, database);

  beforeEach(async () => {
    await User.objects.createSuperuser("admin", "admin@example.com", "secret pw");
  });

  describe("login and access", () => {
    it("sends an anonymous user to the login page, and back after logging in", async () => {
      const client = new Client(app);
      const index = await client.get("/admin/polls/question/");
      expect(index.status).toBe(302);
      expect(index.headers.get("location")).toBe("/admin/login/?next=/admin/polls/question/");
      const page = await client.get("/admin/login/?next=/admin/polls/question/");
      expect(page.content).toContain('name="username"');
      const login = await client.post("/admin/login/?next=/admin/polls/question/", { username: "admin", password: "secret pw", next: "/admin/polls/question/" });
      expect(login.headers.get("location")).toBe("/admin/polls/question/");
      expect((await client.get("/admin/polls/question/")).status).toBe(200);
    });

    it("refuses wrong passwords and non-staff users with Django's message", async () => {
      await User.objects.createUser("joe", "", "secret pw");
      for (const username of ["admin", "joe", "nobody"]) {
        const response = await new Client(app).post("/admin/login/", { username, password: username === "joe" ? "secret pw" : "wrong" });
        expect(response.status).toBe(200);
        expect(response.content).toContain("Please enter the correct username and password for a staff account.");
      }
    });

    it("does not redirect off-site after login", async () => {
      for (const next of ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com"]) {
        const response = await new Client(app).post("/admin/login/", { username: "admin", password: "secret pw", next });
        expect(response.headers.get("location")).toBe("/admin/");
      }
    });

    it("refuses an anonymous POST (nothing is created)", async () => {
      const response = await new Client(app).post("/admin/polls/question/add/", { questionText: "x", pubDate: "2025-01-01T00:00", kind: "p" });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toContain("/admin/login/");
      expect(await Question.objects.count()).toBe(0);
    });

    it("sends a logged-in user who is not staff to the login page", async () => {
      await User.objects.createUser("joe", "", "secret pw");
      const client = new Client(app);
      await client.post("/admin/login/", { username: "admin", password: "secret pw" });
      // log in as a non-staff user through a non-admin session is not possible here; make admin non-staff instead
      await User.objects.filter({ username: "admin" }).update({ isStaff: false });
      const response = await client.get("/admin/");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/admin/login/?next=/admin/");
    });

    it("answers 403 to staff without the permission, and shows only what they may see", async () => {
      await app.auth.ensurePermissions();
      const staff = await User.objects.createUser("staff", "", "secret pw", { isStaff: true });
      await staff.userPermissions.add((await Permission.objects.get({ codename: "view_question" })).id);
      const client = await loggedIn("staff");
      const index = await client.get("/admin/");
      expect(index.content).toContain("Questions");
      expect(index.content).not.toContain("Choices");
      expect((await client.get("/admin/polls/question/")).status).toBe(200);
      expect((await client.get("/admin/polls/question/add/")).status).toBe(403);
      expect((await client.get("/admin/polls/choice/")).status).toBe(403);
      const q = await Question.objects.create({ questionText: "View only?" });
      const change = await client.get(`/admin/polls/question/${q.id}/change/`);
      expect(change.status).toBe(200);
      expect(change.content).toContain("View question");
      expect(change.content).not.toContain('name="_save"');
      expect((await client.post(`/admin/polls/question/${q.id}/change/`, { questionText: "hacked" })).status).toBe(403);
      expect((await client.post(`/admin/polls/question/${q.id}/delete/`, { post: "yes" })).status).toBe(403);
      expect((await Question.objects.get({ pk: q.id })).questionText).toBe("View only?");
    });

    it("never lets pages be cached, and logs out with POST", async () => {
      const client = await loggedIn();
      const page = await client.get("/admin/");
      expect(page.headers.get("cache-control")).toBe("max-age=0, no-cache, no-store, must-revalidate, private");
      expect((await client.get("/admin/logout/")).status).toBe(405);
      const out = await client.post("/admin/logout/");
      expect(out.content).toContain("Thanks for spending some quality time");
      expect((await client.get("/admin/")).status).toBe(302);
    });
  });

  describe("pages", () => {
    it("adds a question with two inline choices, then edits it and shows its history", async () => {
      const client = await loggedIn();
      const form = await client.get("/admin/polls/question/add/");
      expect(form.content).toContain("choices-TOTAL_FORMS");
      expect(form.content).not.toContain("errornote");
      const response = await client.post("/admin/polls/question/add/", {
        questionText: "What's up?", slug: "whats-up", pubDate: "2025-11-30T10:00", isOpen: "on", kind: "p",
        "choices-TOTAL_FORMS": "2", "choices-INITIAL_FORMS": "0",
        "choices-0-choiceText": "Not much", "choices-0-votes": "0",
        "choices-1-choiceText": "The sky", "choices-1-votes": "0",
        _continue: "1",
      });
      expect(response.status, response.content).toBe(302);
      const q = await Question.objects.get({ questionText: "What's up?" });
      expect(response.headers.get("location")).toBe(`/admin/polls/question/${q.id}/change/`);
      expect((await q.choices.all()).map(String).sort()).toEqual(["Not much", "The sky"]);
      const edit = await client.get(`/admin/polls/question/${q.id}/change/`, undefined, { follow: false });
      expect(edit.content).toContain(`The question “<a href="/admin/polls/question/${q.id}/change/">What&#39;s up?</a>” was added successfully. You may edit it again below.`);
      const changed = await client.post(`/admin/polls/question/${q.id}/change/`, {
        questionText: "What's new?", slug: "whats-up", pubDate: "2025-11-30T10:00", kind: "s",
        "choices-TOTAL_FORMS": "3", "choices-INITIAL_FORMS": "2",
        "choices-0-id": String((await q.choices.all())[0]!.id), "choices-0-choiceText": "Not much", "choices-0-votes": "0", "choices-0-DELETE": "on",
        "choices-1-id": String((await q.choices.all())[1]!.id), "choices-1-choiceText": "The sky", "choices-1-votes": "0",
        "choices-2-choiceText": "", "choices-2-votes": "0",
        _save: "1",
      });
      expect(changed.headers.get("location")).toBe("/admin/polls/question/");
      expect((await Question.objects.get({ pk: q.id })).questionText).toBe("What's new?");
      expect(await q.choices.count()).toBe(1);
      const history = await client.get(`/admin/polls/question/${q.id}/history/`);
      expect(history.content).toContain("Added.");
      expect(history.content).toContain("Changed Question text, Is open and Kind. Deleted choice “Not much”.");
    });

    it("opens the add and change pages without errors, with the model's defaults and the object's values", async () => {
      const client = await loggedIn();
      const add = await client.get("/admin/polls/question/add/");
      expect(add.content).not.toContain("errorlist");
      expect(add.content).not.toContain("Please correct the error");
      expect(add.content).toMatch(/<input type="checkbox" name="isOpen"[^>]* checked/);
      const q = await Question.objects.create({ questionText: "Unchanged?" });
      const change = await client.get(`/admin/polls/question/${q.id}/change/`);
      expect(change.content).not.toContain("errorlist");
      expect(change.content).toContain('value="Unchanged?"');
    });

    it("links the saved object in the success message, its name escaped", async () => {
      const client = await loggedIn();
      const saved = await client.post("/admin/polls/question/add/", { questionText: "<img src=x onerror=alert(1)>", pubDate: "2025-01-01T00:00", kind: "p", "choices-TOTAL_FORMS": "0", "choices-INITIAL_FORMS": "0" }, { follow: true });
      const q = await Question.objects.get();
      expect(saved.content).toContain(`The question “<a href="/admin/polls/question/${q.id}/change/">&lt;img src=x onerror=alert(1)&gt;</a>” was added successfully.`);
      expect(saved.content).not.toContain("<img src=x");
    });

    it("shows validation errors beside their fields, and saves nothing", async () => {
      const client = await loggedIn();
      const response = await client.post("/admin/polls/question/add/", { questionText: "", pubDate: "nope", kind: "x", "choices-TOTAL_FORMS": "0", "choices-INITIAL_FORMS": "0" });
      expect(response.status).toBe(200);
      expect(response.content).toContain("Please correct the errors below.");
      expect(response.content).toMatch(/class="errorlist[^"]*"[^>]*><li>This field is required.<\/li>/);
      expect(await Question.objects.count()).toBe(0);
    });

    it("lists, searches, filters, sorts and pages the changelist, escaping what it shows", async () => {
      for (let i = 0; i < 25; i++) await Question.objects.create({ questionText: `Q${i} <script>alert(${i})</script>`, isOpen: i % 2 === 0, pubDate: new Date(Date.UTC(2025, 0, 1 + i)) });
      const client = await loggedIn();
      const page1 = await client.get("/admin/polls/question/");
      expect(page1.content).toContain("25 questions");
      expect(page1.content).toContain("&lt;script&gt;alert(24)&lt;/script&gt;");
      expect(page1.content).not.toContain("<script>alert(");
      const page3 = await client.get("/admin/polls/question/?p=3");
      expect(page3.content).toContain("Q0 ");
      const searched = await client.get(`/admin/polls/question/?q=${encodeURIComponent('"Q1 <script>"')}`);
      expect(searched.content).toContain("1 result");
      expect(searched.content).toContain('value="&quot;Q1 &lt;script&gt;&quot;"');
      const filtered = await client.get("/admin/polls/question/?isOpen__exact=0");
      expect(filtered.content).toContain("12 results");
      const sorted = await client.get("/admin/polls/question/?o=1");
      expect(sorted.content.indexOf("Q0 ")).toBeLessThan(sorted.content.indexOf("Q1 "));
      const bad = await client.get("/admin/polls/question/?nope=1");
      expect(bad.headers.get("location")).toBe("/admin/polls/question/?e=1");
      const years = await client.get("/admin/polls/question/?pubDate__year=2025&pubDate__month=1");
      expect(years.content).toContain("January 5");
    });

    it("deletes with a confirmation that lists the cascade", async () => {
      const q = await Question.objects.create({ questionText: "Doomed" });
      await q.choices.create({ choiceText: "A" });
      await q.choices.create({ choiceText: "B" });
      const client = await loggedIn();
      const confirm = await client.get(`/admin/polls/question/${q.id}/delete/`);
      expect(confirm.content).toContain("Are you sure you want to delete the question “Doomed”?");
      expect(confirm.content).toContain("Choices: 2");
      expect(confirm.content).toMatch(/Choice: <a href="\/admin\/polls\/choice\/\d+\/change\/">A<\/a>/);
      const done = await client.post(`/admin/polls/question/${q.id}/delete/`, { post: "yes" });
      expect(done.headers.get("location")).toBe("/admin/polls/question/");
      expect(await Choice.objects.count()).toBe(0);
    });

    it("runs actions: delete selected (after confirming) and the model's own", async () => {
      const a = await Question.objects.create({ questionText: "A" });
      const b = await Question.objects.create({ questionText: "B" });
      const client = await loggedIn();
      const confirm = await client.post("/admin/polls/question/", { action: "delete_selected", _selected_action: [String(a.id), String(b.id)] });
      expect(confirm.content).toContain("Are you sure you want to delete the selected questions?");
      await client.post("/admin/polls/question/", { action: "delete_selected", _selected_action: [String(a.id)], post: "yes" });
      expect(await Question.objects.count()).toBe(1);
      await client.post("/admin/polls/question/", { action: "closePolls", _selected_action: [String(b.id)] });
      expect((await Question.objects.get({ pk: b.id })).isOpen).toBe(false);
    });

    it("shows the index with the user's recent actions, and the users and groups", async () => {
      const client = await loggedIn();
      await client.post("/admin/polls/question/add/", { questionText: "Logged", pubDate: "2025-01-01T00:00", kind: "p", "choices-TOTAL_FORMS": "0", "choices-INITIAL_FORMS": "0" });
      const index = await client.get("/admin/");
      expect(index.content).toContain("Authentication and Authorization");
      expect(index.content).toMatch(/class="addlink"><a href="\/admin\/polls\/question\/\d+\/change\/">Logged<\/a>/);
      expect((await client.get("/admin/auth/user/")).content).toContain("admin@example.com");
      const userPage = await client.get("/admin/auth/user/1/change/");
      expect(userPage.content).toContain("pbkdf2_sha256");
      expect(userPage.content).not.toContain((await User.objects.get({ pk: 1 })).password);
    });
  });
});
