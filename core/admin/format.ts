/**
 * How the admin shows values, as Django's `display_for_field`: dates in Django's default
 * formats ("Nov. 30, 2025, 10:30 a.m."), choices by their label, empty values as "-".
 * Times are shown in UTC, the time zone onefile stores them in.
 */

/** What an empty value (null, "", undefined) shows as: Django's `empty_value_display`. */
export const EMPTY_VALUE_DISPLAY = "-";

const MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/**
 * A date as Django's DATE_FORMAT "N j, Y": "Nov. 30, 2025" (AP-style month abbreviations).
 *
 * @example
 * ```ts
 * formatDate(new Date("2025-03-05T10:00:00Z")); // "March 5, 2025"
 * ```
 */
export function formatDate(date: Date): string {
  return `${MONTHS_AP[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * A time as Django's "P": "10 a.m.", "10:30 p.m.", "midnight", "noon" (minutes only when not zero).
 *
 * @example
 * ```ts
 * formatTime(new Date("2025-03-05T12:00:00Z")); // "noon"
 * ```
 */
export function formatTime(date: Date): string {
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  if (minutes === 0 && hours === 0) return "midnight";
  if (minutes === 0 && hours === 12) return "noon";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""} ${hours < 12 ? "a.m." : "p.m."}`;
}

/** A date and time as Django's DATETIME_FORMAT "N j, Y, P": "Nov. 30, 2025, 10:30 a.m.". */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatTime(date)}`;
}

/** What a model field needs to be shown: its kind and its choices. */
export interface DisplayedField {
  readonly internalType: string;
  readonly choices?: readonly (readonly [unknown, string])[] | undefined;
}

/**
 * The text the admin shows for `value` of `field` (a boolean is shown as an icon by the
 * template; this gives its words). Dates, choices and numbers are formatted; objects use their
 * `toString()`, as `str()` in Django.
 *
 * @example
 * ```ts
 * displayForValue(new Date("2025-11-30T10:30:00Z"), { internalType: "DateTimeField" }); // "Nov. 30, 2025, 10:30 a.m."
 * displayForValue("d", { internalType: "CharField", choices: [["d", "Draft"]] });     // "Draft"
 * displayForValue(null, { internalType: "CharField" });                              // "-"
 * ```
 */
export function displayForValue(value: unknown, field?: DisplayedField, emptyValue = EMPTY_VALUE_DISPLAY): string {
  if (field?.choices && value !== null && value !== undefined) {
    const choice = field.choices.find(([key]) => key === value);
    if (choice) return choice[1];
  }
  if (value === null || value === undefined || value === "") return emptyValue;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return emptyValue;
    return field?.internalType === "DateField" ? formatDate(value) : formatDateTime(value);
  }
  if (typeof value === "number" && field?.internalType === "FloatField") return String(value);
  if (typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, "toString")) {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return value.map((v) => displayForValue(v, undefined, emptyValue)).join(", ");
  return String(value);
}
