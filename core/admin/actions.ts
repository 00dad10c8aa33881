/**
 * The admin action every model gets: "Delete selected …", which shows Django's confirmation
 * (what the cascade takes along, what the user may not delete) before deleting anything.
 */
import type { HttpResponse } from "../http/response.ts";
import type { AdminAction } from "./options.ts";

/** Renders the confirmation, or deletes after it; the site implements it (see views/delete-views.ts). */
export interface DeleteSelectedHost {
  deleteSelected(request: Parameters<AdminAction["handler"]>[1], queryset: Parameters<AdminAction["handler"]>[2]): Promise<HttpResponse | void>;
}

/** Django's `delete_selected`. */
export const deleteSelected: AdminAction = {
  kind: "action",
  name: "delete_selected",
  description: "Delete selected %(verbose_name_plural)s",
  permissions: ["delete"],
  handler: (modelAdmin, request, queryset) => (modelAdmin as unknown as DeleteSelectedHost).deleteSelected(request, queryset),
};
