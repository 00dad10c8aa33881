/**
 * Python's `strptime` for the directives Django's date input formats use, so `inputFormats`
 * take Django's format strings as they are ("%d %B %Y", "%m/%d/%y %H:%M:%S.%f"…).
 * Month names are English, as Django's default (en) formats.
 */

/** The fields a format filled in; missing ones are taken as 1900-01-01 00:00:00.000, as Python does. */
export interface TimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const DIRECTIVES: Record<string, string> = {
  Y: "(\\d{4})",
  y: "(\\d{2})",
  m: "(1[0-2]|0?[1-9])",
  d: "(3[01]|[12]\\d|0?[1-9])",
  H: "(2[0-3]|[01]?\\d)",
  I: "(1[0-2]|0?[1-9])",
  M: "([0-5]?\\d)",
  S: "(6[01]|[0-5]?\\d)",
  f: "(\\d{1,6})",
  p: "(am|pm)",
  b: `(${MONTHS.map((m) => m.slice(0, 3)).join("|")})`,
  B: `(${MONTHS.join("|")})`,
};

const compiled = new Map<string, { regex: RegExp; fields: string[] }>();

function compile(format: string): { regex: RegExp; fields: string[] } {
  let found = compiled.get(format);
  if (found) return found;
  const fields: string[] = [];
  let source = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === "%") {
      const directive = format[++i] ?? "";
      if (directive === "%") source += "%";
      else if (DIRECTIVES[directive]) {
        source += DIRECTIVES[directive];
        fields.push(directive);
      } else throw new TypeError(`Unsupported directive %${directive} in the input format ${JSON.stringify(format)}.`);
    } else if (/\s/.test(c)) {
      // As Python: whitespace in the format matches any run of whitespace.
      source += "\\s+";
      while (/\s/.test(format[i + 1] ?? "")) i++;
    } else {
      source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  found = { regex: new RegExp(`^${source}$`, "i"), fields };
  compiled.set(format, found);
  return found;
}

/**
 * The parts of `text` read with `format`, or null when it does not fit (a value out of range,
 * e.g. month 13, does not fit either; whether the day exists in that month is the caller's check).
 *
 * @example
 * ```ts
 * strptime("25 October, 2006", "%d %B, %Y"); // { year: 2006, month: 10, day: 25, hour: 0, … }
 * ```
 */
export function strptime(text: string, format: string): TimeParts | null {
  const { regex, fields } = compile(format);
  const m = regex.exec(text);
  if (!m) return null;
  const parts: TimeParts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | null = null;
  fields.forEach((field, i) => {
    const value = m[i + 1]!;
    switch (field) {
      case "Y": parts.year = Number(value); break;
      case "y": parts.year = Number(value) >= 69 ? 1900 + Number(value) : 2000 + Number(value); break;
      case "m": parts.month = Number(value); break;
      case "d": parts.day = Number(value); break;
      case "H": case "I": parts.hour = Number(value); break;
      case "M": parts.minute = Number(value); break;
      case "S": parts.second = Number(value); break;
      // JavaScript dates keep milliseconds: the microseconds beyond are dropped.
      case "f": parts.millisecond = Math.floor(Number(value.padEnd(6, "0")) / 1000); break;
      case "p": pm = value.toLowerCase() === "pm"; break;
      case "b": case "B": parts.month = MONTHS.findIndex((name) => name.startsWith(value.toLowerCase())) + 1; break;
    }
  });
  if (pm !== null && fields.includes("I")) parts.hour = (parts.hour % 12) + (pm ? 12 : 0);
  return parts;
}

/** Django's default `DATE_INPUT_FORMATS` (English). */
export const DATE_INPUT_FORMATS: readonly string[] = Object.freeze([
  "%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%b %d %Y", "%b %d, %Y", "%d %b %Y", "%d %b, %Y", "%B %d %Y", "%B %d, %Y", "%d %B %Y", "%d %B, %Y",
]);

/** Django's default `DATETIME_INPUT_FORMATS` (English); a DateTimeField also accepts the date formats. */
export const DATETIME_INPUT_FORMATS: readonly string[] = Object.freeze([
  "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M",
  "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S.%f", "%m/%d/%Y %H:%M",
  "%m/%d/%y %H:%M:%S", "%m/%d/%y %H:%M:%S.%f", "%m/%d/%y %H:%M",
]);
