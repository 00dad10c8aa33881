/** Deleting one object (with the cascade shown first), deleting selected objects, and an object's history. */
import { PermissionDenied } from "../../errors.ts";
import type { HttpRequest } from "../../http/request.ts";
import { HttpResponseRedirect, type HttpResponse } from "../../http/response.ts";
import { messages } from "../../messages/api.ts";
import { render } from "../../shortcuts.ts";
import { collectDeleted, type DeletionContext } from "../deleted-objects.ts";
import { formatDateTime } from "../format.ts";
import { changeMessageText, DELETION } from "../log-entry.ts";
import type { ModelAdmin } from "../model-admin.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { appName, type AdminSiteApi } from "../site-api.ts";
import { breadcrumbLabel, countedName } from "./changelist-view.ts";
import { objectOr404 } from "./common.ts";

/** Links and permissions for the deleted-objects list. */
function deletionContext(site: AdminSiteApi, request: HttpRequest): DeletionContext {
  return {
    async changeUrl(meta, obj) {
      const modelAdmin = site.adminFor(meta);
      return modelAdmin && (await modelAdmin.hasPermission(request, "change")) ? site.url(`${modelAdmin.urlName}_change`, { objectId: obj.pk }) : null;
    },
    async mayDelete(meta) {
      const modelAdmin = site.adminFor(meta);
      return { registered: Boolean(modelAdmin), allowed: modelAdmin ? await modelAdmin.hasPermission(request, "delete") : true };
    },
  };
}

function pageContext(site: AdminSiteApi, modelAdmin: ModelAdmin) {
  const meta = modelAdmin.meta;
  return {
    opts: meta,
    app_name: appName(meta.appLabel),
    app_url: site.url(`app_list_${meta.appLabel}`),
    verbose_name_plural: capfirst(meta.verboseNamePlural),
    changelist_url: site.url(`${modelAdmin.urlName}_changelist`),
  };
}

export async function deleteView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, { objectId }: Record<string, string>): Promise<HttpResponse> {
  if (!(await modelAdmin.hasPermission(request, "delete"))) throw new PermissionDenied();
  const obj = await objectOr404(request, modelAdmin, objectId!);
  if (!obj) return new HttpResponseRedirect(site.url("index"));
  const meta = modelAdmin.meta;
  const plan = await collectDeleted(meta, [obj], deletionContext(site, request));
  if (request.method === "POST") {
    if (plan.permsLacking.length || plan.protected.length) throw new PermissionDenied();
    const label = String(obj);
    await meta.registry.db.atomic(async () => {
      await site.log(request, meta, obj, DELETION, "");
      await obj.delete();
    });
    messages.success(request, `The ${meta.verboseName} “${label}” was deleted successfully.`);
    return new HttpResponseRedirect(site.url(`${modelAdmin.urlName}_changelist`));
  }
  const label = breadcrumbLabel(obj);
  return render(request, "admin/delete_confirmation.html", site.eachContext(request, plan.permsLacking.length || plan.protected.length ? `Cannot delete ${meta.verboseName}` : "Are you sure?", {
    ...pageContext(site, modelAdmin),
    object_name: meta.verboseName,
    object_label: label,
    change_url: site.url(`${modelAdmin.urlName}_change`, { objectId: obj.pk }),
    deleted_objects: plan.deleted,
    model_count: plan.modelCount,
    perms_lacking: plan.permsLacking,
    protected: plan.protected,
  }));
}

/** The "Delete selected …" action: the confirmation, then (on "Yes, I’m sure") the deletion. */
export async function deleteSelectedView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, queryset: PromiseLike<AdminObject[]>): Promise<HttpResponse | void> {
  const meta = modelAdmin.meta;
  const objects = (await queryset) as AdminObject[];
  if (!objects.length) return;
  const plan = await collectDeleted(meta, objects, deletionContext(site, request));
  if (request.POST.get("post") === "yes" && !plan.permsLacking.length && !plan.protected.length) {
    await meta.registry.db.atomic(async () => {
      for (const obj of objects) await site.log(request, meta, obj, DELETION, "");
      for (const obj of objects) await obj.delete();
    });
    messages.success(request, `Successfully deleted ${countedName(modelAdmin, objects.length)}.`);
    return;
  }
  const objectsName = objects.length === 1 ? meta.verboseName : meta.verboseNamePlural;
  return render(request, "admin/delete_selected_confirmation.html", site.eachContext(request, plan.permsLacking.length || plan.protected.length ? `Cannot delete ${objectsName}` : "Delete multiple objects", {
    ...pageContext(site, modelAdmin),
    objects_name: objectsName,
    deleted_objects: plan.deleted,
    model_count: plan.modelCount,
    perms_lacking: plan.permsLacking,
    protected: plan.protected,
    selected_pks: objects.map((o) => String(o.pk)),
  }));
}

export async function historyView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, { objectId }: Record<string, string>): Promise<HttpResponse> {
  if (!(await modelAdmin.hasViewPermission(request))) throw new PermissionDenied();
  const obj = await objectOr404(request, modelAdmin, objectId!);
  if (!obj) return new HttpResponseRedirect(site.url("index"));
  const type = await site.contentTypeFor(modelAdmin.meta);
  const entries = (await site.LogEntry.objects.filter({ objectId: String(obj.pk), contentTypeId: type.pk } as never).selectRelated("user").orderBy("actionTime")) as AdminObject[];
  return render(request, "admin/object_history.html", site.eachContext(request, `Change history: ${String(obj)}`, {
    ...pageContext(site, modelAdmin),
    object_label: breadcrumbLabel(obj),
    change_url: site.url(`${modelAdmin.urlName}_change`, { objectId: obj.pk }),
    action_list: entries.map((e) => {
      const user = e._state.cache.get("user") as { username: string; getFullName(): string } | null;
      return {
        isoTime: (e.actionTime as Date).toISOString(),
        time: formatDateTime(e.actionTime as Date),
        user: user ? `${user.username}${user.getFullName() ? ` (${user.getFullName()})` : ""}` : "",
        message: changeMessageText(e.changeMessage as string, e.actionFlag as number),
      };
    }),
  }));
}
