/** The admin's index (every app the user may see, and their recent actions) and an app's page. */
import { render } from "../../shortcuts.ts";
import type { HttpRequest } from "../../http/request.ts";
import type { HttpResponse } from "../../http/response.ts";
import { Http404 } from "../../errors.ts";
import { ADDITION, DELETION } from "../log-entry.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { appName, type AdminSiteApi } from "../site-api.ts";

export async function indexView(site: AdminSiteApi, request: HttpRequest): Promise<HttpResponse> {
  const entries = (await site.LogEntry.objects.filter({ userId: request.user.pk } as never).selectRelated("contentType").orderBy("-actionTime").slice(0, 10)) as AdminObject[];
  const adminLog = entries.map((entry) => {
    const type = entry._state.cache.get("contentType") as { appLabel: string; model: string } | null;
    const modelAdmin = type ? site.modelAdmins.find((m) => m.meta.appLabel === type.appLabel && m.meta.modelName === type.model) : undefined;
    const deleted = entry.actionFlag === DELETION;
    return {
      actionClass: entry.actionFlag === ADDITION ? "addlink" : deleted ? "deletelink" : "changelink",
      objectRepr: entry.objectRepr,
      url: !deleted && modelAdmin ? site.url(`${modelAdmin.urlName}_change`, { objectId: entry.objectId }) : null,
      contentTypeName: modelAdmin ? capfirst(modelAdmin.meta.verboseName) : type ? capfirst(type.model) : "Unknown content",
    };
  });
  return render(request, "admin/index.html", site.eachContext(request, site.indexTitle, { app_list: await site.appList(request), admin_log: adminLog }));
}

export async function appIndexView(site: AdminSiteApi, request: HttpRequest, label: string): Promise<HttpResponse> {
  const apps = await site.appList(request, label);
  if (!apps.length) throw new Http404("The requested admin page does not exist.");
  return render(request, "admin/app_index.html", site.eachContext(request, `${appName(label)} administration`, { app_list: apps, app_label: label, admin_log: [] }));
}
