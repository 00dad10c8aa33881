/**
 * Permissions: every model gets a content type and Django's four permissions ("Can add
 * question": `add_question`, `change_`, `delete_`, `view_`), created when first needed (Django
 * creates them after `migrate`; onefile on the first permission check, login or
 * `createsuperuser` against a database, once per attached database). A user's permissions are
 * read in two queries: their own, and their groups'.
 */
import type { Database } from "../db/database.ts";
import type { ModelOptions } from "../db/options.ts";
import type { declareAuthModels } from "./models.ts";

/** Django's default permissions, in its order. */
export const DEFAULT_PERMISSIONS = ["add", "change", "delete", "view"] as const;

type Declared = ReturnType<typeof declareAuthModels>;

/** The codename of `action` on a model: "change_question". */
export function permissionCodename(action: string, meta: Pick<ModelOptions, "modelName">): string {
  return `${action}_${meta.modelName}`;
}

/** "polls.change_question": the string `hasPerm` takes. */
export function permissionName(action: string, meta: Pick<ModelOptions, "appLabel" | "modelName">): string {
  return `${meta.appLabel}.${permissionCodename(action, meta)}`;
}

/**
 * Creates what is missing of the content types and default permissions of every model of
 * `db`, once per attached driver (a fresh test database gets its own). Safe to call often.
 */
export function permissionsEnsurer(db: Database, { ContentType, Permission }: Pick<Declared, "ContentType" | "Permission">) {
  const done = new WeakMap<object, Promise<void>>();
  return (): Promise<void> => {
    const driver = db.driver;
    let pending = done.get(driver);
    if (!pending) {
      pending = createMissing(db, ContentType, Permission).catch((error: unknown) => {
        done.delete(driver);
        throw error;
      });
      done.set(driver, pending);
    }
    return pending;
  };
}

async function createMissing(db: Database, ContentType: Declared["ContentType"], Permission: Declared["Permission"]): Promise<void> {
  const metas = db.models.all().map((model) => model._meta as ModelOptions);
  const types = new Map((await ContentType.objects.all()).map((t) => [`${t.appLabel}.${t.model}`, t]));
  const existing = new Set((await Permission.objects.all().values("contentTypeId", "codename")).map((p) => `${p.contentTypeId}.${p.codename}`));
  await db.atomic(async () => {
    for (const meta of metas) {
      let type = types.get(`${meta.appLabel}.${meta.modelName}`);
      if (!type) {
        type = await ContentType.objects.create({ appLabel: meta.appLabel, model: meta.modelName });
        types.set(`${meta.appLabel}.${meta.modelName}`, type);
      }
      for (const action of DEFAULT_PERMISSIONS) {
        const codename = permissionCodename(action, meta);
        if (existing.has(`${type.id}.${codename}`)) continue;
        await Permission.objects.create({ name: `Can ${action} ${meta.verboseName}`, contentType: type, codename });
      }
    }
  });
}

/**
 * Loads a user's permissions as "app_label.codename" strings: those given to the user, and
 * those of the user's groups.
 */
export function permissionsLoader({ Permission }: Pick<Declared, "Permission">) {
  const names = (rows: { contentType__appLabel: string; codename: string }[]) => new Set(rows.map((r) => `${r.contentType__appLabel}.${r.codename}`));
  return async (user: { pk: unknown }): Promise<{ user: Set<string>; group: Set<string> }> => {
    const mine = await Permission.objects.filter({ userSet: user.pk } as never).values("contentType__appLabel" as never, "codename");
    const groups = await Permission.objects.filter({ groupSet__userSet: user.pk } as never).values("contentType__appLabel" as never, "codename");
    return { user: names(mine as never), group: names(groups as never) };
  };
}
