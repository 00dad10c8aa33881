/**
 * The admin's history: `LogEntry` (the `django_admin_log` table), one row per addition,
 * change or deletion made in the admin, with Django's JSON change messages ("Changed Question
 * text. Added choice “Not much”."). The object history page and the index's "Recent actions"
 * read it.
 */
import type { AppAuth } from "../auth/state.ts";
import type { Database } from "../db/database.ts";
import { defineModel } from "../db/model.ts";
import * as models from "../db/models.ts";
import type { ModelOptions } from "../db/options.ts";

export const ADDITION = 1;
export const CHANGE = 2;
export const DELETION = 3;

/** One part of a change message, as Django stores it (JSON). */
export type ChangeMessagePart =
  | { added: { name?: string; object?: string } }
  | { changed: { fields: string[]; name?: string; object?: string } }
  | { deleted: { name?: string; object?: string } };

/** Declares `LogEntry` in the app's registry (once, by the admin). */
export function declareLogEntry(db: Database, auth: AppAuth) {
  const { User, ContentType } = auth;
  class LogEntry extends defineModel(db.models, "LogEntry", {
    actionTime: models.DateTimeField({ default: () => new Date(), verboseName: "action time" }),
    user: models.ForeignKey(() => User, { onDelete: models.CASCADE, relatedName: "logentrySet" }),
    contentType: models.ForeignKey(() => ContentType, { onDelete: models.SET_NULL, null: true, blank: true, verboseName: "content type", relatedName: "logentrySet" }),
    objectId: models.TextField({ null: true, blank: true, verboseName: "object id" }),
    objectRepr: models.CharField({ maxLength: 200, verboseName: "object repr" }),
    actionFlag: models.PositiveIntegerField({ verboseName: "action flag", choices: [[ADDITION, "Addition"], [CHANGE, "Change"], [DELETION, "Deletion"]] }),
    changeMessage: models.TextField({ blank: true, verboseName: "change message" }),
  }, { dbTable: "django_admin_log", appLabel: "admin", ordering: ["-actionTime"], verboseName: "log entry", verboseNamePlural: "log entries" }) {
    /** Django's `get_change_message`: the stored JSON in words. */
    getChangeMessage(): string {
      return changeMessageText(this.changeMessage, this.actionFlag);
    }

    override toString(): string {
      if (this.actionFlag === ADDITION) return `Added “${this.objectRepr}”.`;
      if (this.actionFlag === CHANGE) return `Changed “${this.objectRepr}” — ${this.getChangeMessage()}`;
      if (this.actionFlag === DELETION) return `Deleted “${this.objectRepr}.”`;
      return "LogEntry Object";
    }
  }
  return LogEntry;
}

/** The LogEntry class of an app. */
export type LogEntryClass = ReturnType<typeof declareLogEntry>;

/**
 * The change message of a saved form: `[{ added: {} }]` for a new object; for a change, the
 * labels of the changed fields, then each inline child added, changed or deleted.
 */
export function constructChangeMessage(
  adding: boolean,
  changedFields: readonly string[],
  inlines: readonly { verboseName: string; added: string[]; changed: { name: string; fields: string[] }[]; deleted: string[] }[] = [],
): ChangeMessagePart[] {
  const parts: ChangeMessagePart[] = [];
  if (adding) parts.push({ added: {} });
  else if (changedFields.length) parts.push({ changed: { fields: [...changedFields] } });
  for (const inline of inlines) {
    for (const object of inline.added) parts.push({ added: { name: inline.verboseName, object } });
    for (const change of inline.changed) if (change.fields.length) parts.push({ changed: { name: inline.verboseName, object: change.name, fields: change.fields } });
    for (const object of inline.deleted) parts.push({ deleted: { name: inline.verboseName, object } });
  }
  return parts;
}

/** Turns a stored change message (Django's JSON, or plain text) into a sentence. */
export function changeMessageText(message: string, actionFlag?: number): string {
  if (!message.startsWith("[")) return message || (actionFlag === ADDITION ? "Added." : actionFlag === DELETION ? "Deleted." : "");
  let parts: ChangeMessagePart[];
  try {
    parts = JSON.parse(message) as ChangeMessagePart[];
  } catch {
    return message;
  }
  const sentences = parts.map((part) => {
    if ("added" in part) return part.added.name ? `Added ${part.added.name} “${part.added.object}”.` : "Added.";
    if ("changed" in part) {
      const fields = joinWords(part.changed.fields);
      return part.changed.name ? `Changed ${fields} for ${part.changed.name} “${part.changed.object}”.` : `Changed ${fields}.`;
    }
    if ("deleted" in part) return `Deleted ${part.deleted.name} “${part.deleted.object}”.`;
    return "";
  });
  return sentences.join(" ").trim() || "No fields changed.";
}

/** "a", "a and b", "a, b and c" (Django's `get_text_list` with "and"). */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** Records one action in the log. */
export async function logAction(
  LogEntry: LogEntryClass,
  contentTypeFor: (meta: ModelOptions) => Promise<{ pk: unknown }>,
  entry: { user: { pk: unknown }; meta: ModelOptions; obj: { pk: unknown; toString(): string }; flag: number; message: ChangeMessagePart[] | string },
): Promise<void> {
  const type = await contentTypeFor(entry.meta);
  await LogEntry.objects.create({
    userId: entry.user.pk as number,
    contentTypeId: type.pk as number,
    objectId: String(entry.obj.pk),
    objectRepr: String(entry.obj).slice(0, 200),
    actionFlag: entry.flag,
    changeMessage: typeof entry.message === "string" ? entry.message : JSON.stringify(entry.message),
  });
}
