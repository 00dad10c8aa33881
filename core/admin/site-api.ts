/**
 * What the admin's views and model admins use of their site. `AdminSite` implements it; the
 * views depend on this interface, not on the site, so the site can import the views.
 */
import type { AppAuth } from "../auth/state.ts";
import type { ModelOptions } from "../db/options.ts";
import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";
import type { ChangeMessagePart, LogEntryClass } from "./log-entry.ts";
import type { ModelAdmin } from "./model-admin.ts";
import type { AdminObject } from "./options.ts";

export interface AdminSiteApi {
  readonly indexTitle: string;
  readonly auth: AppAuth;
  readonly LogEntry: LogEntryClass;
  readonly modelAdmins: ModelAdmin[];
  url(name: string, params?: Record<string, unknown>): string;
  hasPermission(request: HttpRequest): boolean;
  eachContext(request: HttpRequest, title: string, extra?: Record<string, unknown>): Record<string, unknown>;
  appList(request: HttpRequest, onlyLabel?: string): Promise<{ name: string; appLabel: string; appUrl: string; models: Record<string, unknown>[] }[]>;
  adminFor(meta: ModelOptions): ModelAdmin | undefined;
  contentTypeFor(meta: ModelOptions): Promise<{ pk: unknown }>;
  log(request: HttpRequest, meta: ModelOptions, obj: AdminObject, flag: number, message: ChangeMessagePart[] | string): Promise<void>;
  /** The "Delete selected …" action: its confirmation page, then the deletion. */
  deleteSelected(modelAdmin: ModelAdmin, request: HttpRequest, queryset: PromiseLike<AdminObject[]>): Promise<HttpResponse | void>;
}

/** The name of an app as the index shows it: Django's verbose names for its own apps, else the label in words. */
export function appName(label: string): string {
  const known: Record<string, string> = { auth: "Authentication and Authorization", admin: "Administration", contenttypes: "Content Types", sessions: "Sessions" };
  const words = label.replace(/_/g, " ");
  return known[label] ?? words.charAt(0).toUpperCase() + words.slice(1);
}
