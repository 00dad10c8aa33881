/**
 * What deleting some objects will take with it, for the confirmation page: every object the
 * CASCADE relations reach (nested under the object that brings it), a count per model, the
 * objects that PROTECT or RESTRICT refuse to delete, and the models among them the user may not
 * delete (Django's `get_deleted_objects`).
 */
import { ForeignKeyImpl } from "../db/fields/related.ts";
import type { ModelConstructor, ModelOptions } from "../db/options.ts";
import { capfirst, type AdminObject } from "./options.ts";

/** One object in the list, with the objects its deletion takes along. */
export interface DeletedObject {
  typeName: string;
  label: string;
  url: string | null;
  children: DeletedObject[];
}

/** What the admin knows of each model: its change URL and whether the user may delete it. */
export interface DeletionContext {
  /** The change page of `obj`, or null when the model is not in the admin or the user may not change it. */
  changeUrl(meta: ModelOptions, obj: AdminObject): Promise<string | null>;
  /** Whether the model is in the admin, and the user may delete its objects. */
  mayDelete(meta: ModelOptions): Promise<{ registered: boolean; allowed: boolean }>;
}

/** The result shown by the delete confirmation. */
export interface DeletionPlan {
  deleted: DeletedObject[];
  /** "Questions: 1", "Choices: 2", in the order met. */
  modelCount: { name: string; count: number }[];
  /** Verbose names of models whose objects would go but the user may not delete. */
  permsLacking: string[];
  /** "Choice: Not much" for each object a PROTECT or RESTRICT relation keeps. */
  protected: string[];
}

/** Collects everything deleting `objects` of `meta`'s model would delete. */
export async function collectDeleted(meta: ModelOptions, objects: readonly AdminObject[], context: DeletionContext): Promise<DeletionPlan> {
  const counts = new Map<ModelOptions, number>();
  const seen = new Map<ModelOptions, Set<string>>();
  const protectedList: string[] = [];
  const deleting = new Map<ModelOptions, Set<string>>();
  const restricted: { meta: ModelOptions; obj: AdminObject }[] = [];
  const nestedOf = new WeakMap<AdminObject, DeletedObject>();

  const visit = async (model: ModelOptions, list: readonly AdminObject[]): Promise<DeletedObject[]> => {
    const mine = seen.get(model) ?? new Set<string>();
    seen.set(model, mine);
    const fresh = list.filter((o) => !mine.has(String(o.pk)));
    for (const o of fresh) mine.add(String(o.pk));
    if (!fresh.length) return [];
    counts.set(model, (counts.get(model) ?? 0) + fresh.length);
    const marked = deleting.get(model) ?? new Set<string>();
    deleting.set(model, marked);
    for (const o of fresh) marked.add(String(o.pk));
    const children = new Map<string, DeletedObject[]>(fresh.map((o) => [String(o.pk), []]));
    for (const relation of model.relatedObjects) {
      if (!(relation.field instanceof ForeignKeyImpl)) continue;
      const field = relation.field as ForeignKeyImpl<unknown>;
      if (!["CASCADE", "PROTECT", "RESTRICT"].includes(field.onDelete)) continue;
      const childModel = relation.model as ModelConstructor & { objects: { filter(l: object): PromiseLike<AdminObject[]> } };
      const found = (await childModel.objects.filter({ [`${field.name}__in`]: fresh.map((o) => o.pk) })) as AdminObject[];
      if (!found.length) continue;
      const childMeta = childModel._meta;
      if (field.onDelete === "PROTECT") {
        for (const o of found) protectedList.push(`${capfirst(childMeta.verboseName)}: ${String(o)}`);
        continue;
      }
      if (field.onDelete === "RESTRICT") {
        for (const o of found) restricted.push({ meta: childMeta, obj: o });
        continue;
      }
      const nested = new Set(await visit(childMeta, found));
      for (const child of found) {
        const item = nestedOf.get(child);
        if (item && nested.has(item)) children.get(String(child[field.attname]))?.push(item);
      }
    }
    const items: DeletedObject[] = [];
    for (const o of fresh) {
      const item = { typeName: capfirst(model.verboseName), label: String(o), url: await context.changeUrl(model, o), children: children.get(String(o.pk)) ?? [] };
      nestedOf.set(o, item);
      items.push(item);
    }
    return items;
  };

  const deleted = await visit(meta, objects);
  // RESTRICT lets the delete through when the restricted objects go anyway, by another cascade.
  for (const { meta: m, obj } of restricted) {
    if (!deleting.get(m)?.has(String(obj.pk))) protectedList.push(`${capfirst(m.verboseName)}: ${String(obj)}`);
  }
  const permsLacking: string[] = [];
  for (const model of counts.keys()) {
    const { registered, allowed } = await context.mayDelete(model);
    if (registered && !allowed) permsLacking.push(model.verboseName);
  }
  return {
    deleted,
    modelCount: [...counts].map(([model, count]) => ({ name: capfirst(model.verboseNamePlural), count })),
    permsLacking,
    protected: protectedList,
  };
}
