/** Shared by the Node drivers: parameter values as the native libraries accept them, and the open error. */
import type { SqlValue } from "../../core/db/driver.ts";

/** The database named in the settings could not be opened; the message names the path or URL. */
export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}

/**
 * Parameters as SQLite binds them: booleans as 1/0, dates as ISO text. Anything else that is not
 * a SQL value is refused here with a TypeError, because the native binding would abort the whole
 * process on a type it does not know (libsql panics on a boolean).
 */
export function toBindable(params: readonly SqlValue[]): unknown[] {
  const out = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const value = params[i];
    switch (typeof value) {
      case "number":
      case "string":
      case "bigint":
        out[i] = value;
        break;
      case "boolean":
        out[i] = value ? 1 : 0;
        break;
      default:
        if (value === null || value === undefined) out[i] = null;
        else if (value instanceof Date) out[i] = value.toISOString();
        else if (value instanceof Uint8Array) out[i] = value;
        else throw new TypeError(`Cannot use ${Object.prototype.toString.call(value)} as a SQL parameter (parameter ${i + 1}).`);
    }
  }
  return out;
}
