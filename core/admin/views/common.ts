/**
 * What every admin view shares: the staff check (others go to the admin's login page), the
 * never-cache headers, the content type's permissions made on first use, the lookup of the
 * object named in the URL, and the static files.
 */
import { redirectToLogin } from "../../auth/decorators.ts";
import { neverCache } from "../../http/cache.ts";
import type { HttpRequest } from "../../http/request.ts";
import { HttpResponse, HttpResponseRedirect } from "../../http/response.ts";
import { messages } from "../../messages/api.ts";
import type { ModelAdmin } from "../model-admin.ts";
import type { AdminObject } from "../options.ts";
import type { AdminSiteApi } from "../site-api.ts";
import type { AdminStaticFile } from "../static/index.ts";

type AdminViewFn = (request: HttpRequest, params: Record<string, string>) => Promise<HttpResponse>;

/**
 * Django's `admin_view`: a user who may not use the admin is sent to its login page (a POST
 * too: nothing is done for them), and the answer is never cached.
 */
export function adminView(site: AdminSiteApi, view: AdminViewFn): AdminViewFn {
  const wrapped: AdminViewFn = async (request, params) => {
    if (!site.hasPermission(request)) {
      if (request.pathInfo === site.url("logout").slice(request.app.settings.SCRIPT_NAME.length)) return neverCache(new HttpResponseRedirect(site.url("index")));
      return neverCache(redirectToLogin(request.app, request.getFullPath(), site.url("login")));
    }
    await site.auth.ensurePermissions();
    return neverCache(await view(request, params));
  };
  Object.defineProperty(wrapped, "name", { value: view.name || "adminView" });
  return wrapped;
}

/** Serves the admin's CSS and JavaScript; a versioned URL may be cached for a year. */
export function staticView(files: Readonly<Record<string, AdminStaticFile>>) {
  return (request: HttpRequest, { file }: { file: string }): HttpResponse => {
    const found = Object.hasOwn(files, file) ? files[file]! : undefined;
    if (!found) return new HttpResponse("Not found", { status: 404, contentType: "text/plain; charset=utf-8" });
    const response = new HttpResponse(found.body, { contentType: found.contentType });
    response.headers.set("Cache-Control", request.GET.get("v") === found.version ? "public, max-age=31536000, immutable" : "no-cache");
    response.headers.set("ETag", `"${found.version}"`);
    return response;
  };
}

/**
 * The object the URL names, or null after Django's message ("Question with ID “7” doesn’t
 * exist. Perhaps it was deleted?"); the caller then redirects to the admin index.
 */
export async function objectOr404(request: HttpRequest, modelAdmin: ModelAdmin, objectId: string): Promise<AdminObject | null> {
  const meta = modelAdmin.meta;
  let pk: unknown;
  try {
    pk = meta.pk.toValue(objectId);
  } catch {
    pk = undefined;
  }
  const objects = (modelAdmin.model as unknown as { objects: { filter(l: object): { first(): Promise<AdminObject | null> } } }).objects;
  const obj = pk === undefined || pk === null ? null : await objects.filter({ pk }).first();
  if (!obj) messages.warning(request, `${capitalize(meta.verboseName)} with ID “${objectId}” doesn’t exist. Perhaps it was deleted?`);
  return obj;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
