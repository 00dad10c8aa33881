/** The changelist page, and the actions run from it. */
import { PermissionDenied } from "../../errors.ts";
import type { HttpRequest } from "../../http/request.ts";
import { HttpResponse, HttpResponseRedirect } from "../../http/response.ts";
import { messages } from "../../messages/api.ts";
import { render } from "../../shortcuts.ts";
import { buildChangeList } from "../changelist/changelist.ts";
import { IncorrectLookupParameters } from "../changelist/filters.ts";
import type { ModelAdmin } from "../model-admin.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { appName, type AdminSiteApi } from "../site-api.ts";

export async function changelistView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest): Promise<HttpResponse> {
  if (!(await modelAdmin.hasViewPermission(request))) throw new PermissionDenied();
  const meta = modelAdmin.meta;
  const actions = await modelAdmin.availableActions(request);
  if (request.method === "POST") {
    const response = await runAction(modelAdmin, request, actions);
    if (response) return response;
    return new HttpResponseRedirect(request.getFullPath());
  }
  let cl;
  try {
    cl = await buildChangeList(modelAdmin, new URLSearchParams(request.GET), (obj) => site.url(`${modelAdmin.urlName}_change`, { objectId: obj.pk }));
  } catch (error) {
    if (!(error instanceof IncorrectLookupParameters)) throw error;
    // Django answers a filter or page it cannot use with the plain list and "?e=1".
    if (request.GET.get("e") === "1") throw error;
    return new HttpResponseRedirect(`${request.path}?e=1`);
  }
  const canChange = await modelAdmin.hasPermission(request, "change");
  return render(request, "admin/change_list.html", site.eachContext(request, `Select ${meta.verboseName} to ${canChange ? "change" : "view"}`, {
    opts: meta,
    cl,
    app_name: appName(meta.appLabel),
    app_url: site.url(`app_list_${meta.appLabel}`),
    add_url: (await modelAdmin.hasPermission(request, "add")) ? site.url(`${modelAdmin.urlName}_add`) : null,
    action_choices: actions.map((a) => [a.name, a.description.replace("%(verbose_name_plural)s", meta.verboseNamePlural)]),
  }));
}

/** Runs the chosen action on the selected objects; returns its response, or null to go back to the list. */
async function runAction(modelAdmin: ModelAdmin, request: HttpRequest, actions: Awaited<ReturnType<ModelAdmin["availableActions"]>>): Promise<HttpResponse | null> {
  const name = request.POST.get("action") ?? "";
  const action = actions.find((a) => a.name === name);
  if (!action) {
    messages.warning(request, "No action selected.");
    return null;
  }
  const selected = request.POST.getAll("_selected_action");
  if (!selected.length) {
    messages.warning(request, "Items must be selected in order to perform actions on them. No items have been changed.");
    return null;
  }
  const meta = modelAdmin.meta;
  const pks: unknown[] = [];
  for (const value of selected) {
    try {
      pks.push(meta.pk.toValue(value));
    } catch {
      // An id that cannot be one selects nothing.
    }
  }
  const objects = (modelAdmin.model as unknown as { objects: { filter(l: object): unknown } }).objects;
  const queryset = objects.filter({ pk__in: pks }) as Parameters<typeof action.handler>[2];
  const result = await action.handler(modelAdmin, request, queryset);
  return result instanceof HttpResponse ? result : null;
}

/** "1 question" / "2 questions". */
export function countedName(modelAdmin: ModelAdmin, n: number): string {
  return `${n} ${n === 1 ? modelAdmin.meta.verboseName : modelAdmin.meta.verboseNamePlural}`;
}

/** The label of an object as breadcrumbs show it (18 words at most, as Django's truncatewords). */
export function breadcrumbLabel(obj: AdminObject): string {
  const words = String(obj).split(/\s+/);
  return words.length > 18 ? `${words.slice(0, 18).join(" ")} …` : String(obj);
}

export { capfirst };
