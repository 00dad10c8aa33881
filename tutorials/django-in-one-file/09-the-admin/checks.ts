import { auth, type App, type models } from "onefile";
import { it, type TestContext } from "onefile/test";

const PASSWORD = "checks-only superuser password";

type EntryClass = { objects: models.Manager<models.Model>; _meta: { appLabel: string } } & Function;

/** The learner's Entry model (from step 8). */
function entryModel(app: App): EntryClass {
  const Entry = app.db.models.get("Entry") as unknown as EntryClass | undefined;
  if (!Entry) throw new Error("There is no Entry model any more: bring back the one from step 8.");
  return Entry;
}

/** Two entries to look for, and the admin's address of the list of entries. */
async function twoEntries(app: App) {
  const Entry = entryModel(app);
  const ada = await Entry.objects.create({ name: "Ada", message: "Lovely engines" });
  await Entry.objects.create({ name: "Grace", message: "Found a bug" });
  return { ada, changelist: `/admin/${Entry._meta.appLabel}/entry/` };
}

/**
 * Creates a superuser and logs the client in through the admin's own login page. The checks'
 * superuser gets a quick hash (as Django's test settings choose one): the real one takes about a
 * second, on purpose, and the checks log in once each.
 */
async function logInAsSuperuser({ app, client, expect }: TestContext): Promise<void> {
  expect(await client.get("/admin/login/")).toHaveStatus(200);
  const hashers = app.settings.PASSWORD_HASHERS;
  app.configure({ PASSWORD_HASHERS: [new auth.PBKDF2PasswordHasher({ iterations: 1000 })] });
  try {
    await app.auth.User.objects.createSuperuser("admin", "admin@example.com", PASSWORD);
    expect(await client.post("/admin/login/", { username: "admin", password: PASSWORD })).toRedirectTo("/admin/");
  } finally {
    app.configure({ PASSWORD_HASHERS: hashers });
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" };

/** The text of a piece of HTML, tags dropped and spaces collapsed. */
function text(html: string): string {
  return html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, " ").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ENTITIES[name]!);
}

/** The column names of the changelist's table (its `column-<name>` headers). */
function columns(html: string): string[] {
  return [...html.matchAll(/<th scope="col" class="column-([^" ]+)/g)].map((match) => match[1]!);
}

/** Which of these names appear in the changelist's rows. */
function listed(html: string, names: string[]): string[] {
  const rows = text(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "");
  return names.filter((name) => rows.includes(name));
}

it("the admin is at /admin/, and sends a visitor who is not logged in to its login page", async ({ client, expect }) => {
  expect(await client.get("/admin/")).toRedirectTo("/admin/login/?next=/admin/");
});

it("a superuser who logs in finds the guestbook's Entries on the admin's home page", async (context) => {
  await logInAsSuperuser(context);
  const index = await context.client.get("/admin/");
  context.expect(index).toHaveStatus(200);
  context.expect(index).toContainText("Entries");
});

it("the list of entries shows the columns name, message and created", async (context) => {
  const { changelist } = await twoEntries(context.app);
  await logInAsSuperuser(context);
  const page = await context.client.get(changelist);
  context.expect(columns(page.content)).toEqual(["name", "message", "created"]);
  context.expect(listed(page.content, ["Ada", "Lovely engines", "Grace", "Found a bug"])).toEqual(["Ada", "Lovely engines", "Grace", "Found a bug"]);
});

it("searching the list finds entries by name and by message", async (context) => {
  const { changelist } = await twoEntries(context.app);
  await logInAsSuperuser(context);
  context.expect(listed((await context.client.get(changelist, { q: "ada" })).content, ["Ada", "Grace"])).toEqual(["Ada"]);
  context.expect(listed((await context.client.get(changelist, { q: "bug" })).content, ["Ada", "Grace"])).toEqual(["Grace"]);
});

it("the list can be filtered by the date an entry was created", async (context) => {
  const { changelist } = await twoEntries(context.app);
  // Grace signed last year.
  await entryModel(context.app).objects.filter({ name: "Grace" }).update({ created: new Date(Date.now() - 400 * 86_400_000) });
  await logInAsSuperuser(context);
  const page = await context.client.get(changelist);
  context.expect(page).toContainText("By created");
  const today = /<a href="([^"]*)">Today<\/a>/.exec(page.content)?.[1]?.replace(/&amp;/g, "&");
  context.expect(today ?? "no “Today” link in the filters").toMatch(/^\?created__/);
  context.expect(listed((await context.client.get(`${changelist}${today}`)).content, ["Ada", "Grace"])).toEqual(["Ada"]);
});

it("an entry's page in the admin has its Replies inline", async (context) => {
  const { ada, changelist } = await twoEntries(context.app);
  await logInAsSuperuser(context);
  const page = await context.client.get(`${changelist}${ada.pk}/change/`);
  context.expect(page).toHaveStatus(200);
  context.expect([...page.content.matchAll(/class="inline-heading">([^<]*)</g)].map((match) => match[1])).toEqual(["Replies"]);
});

it("a reply written on the entry's page in the admin shows under the entry on the home page", async (context) => {
  const { ada, changelist } = await twoEntries(context.app);
  await logInAsSuperuser(context);
  const change = `${changelist}${ada.pk}/change/`;
  // The inline's form names start with its prefix: "replies-0-text" for the first reply.
  const prefix = /data-inline-prefix="([^"]+)"/.exec((await context.client.get(change)).content)?.[1] ?? "no-inline";
  const saved = await context.client.post(change, {
    name: "Ada",
    message: "Lovely engines",
    [`${prefix}-TOTAL_FORMS`]: "1",
    [`${prefix}-INITIAL_FORMS`]: "0",
    [`${prefix}-0-text`]: "Thank you, Ada!",
    _save: "Save",
  });
  context.expect(saved).toRedirectTo(changelist);
  // As the browser does after saving: the list shows the admin's "was changed successfully".
  await context.client.get(changelist);
  const home = text((await context.client.get("/")).content);
  context.expect(home).toMatch(/Lovely engines.*Thank you, Ada!.*Found a bug|Found a bug.*Lovely engines.*Thank you, Ada!/);
});
