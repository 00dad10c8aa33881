/**
 * Two of nunjucks' runtime helpers, made faster with the same results. A profile of a page
 * that loops over 20 autoescaped items (bench/http, "page") spent a quarter of the server's
 * time in them:
 *
 * - `Frame.prototype.set` splits the variable's name on "." at every call. A `{% for %}` sets
 *   eight names per item (`loop.index`, `loop.first`, …), so a 20-item loop split 160 strings
 *   per render. The names are the template's own identifiers, fixed when it compiles, so their
 *   parts are worked out once and kept.
 * - `lib.escape` (autoescaping, and the `escape` filter) ran a regular expression with a
 *   callback per character to replace. It is now the core's one escaper, `escapeHtml`, which
 *   returns text with nothing to escape as it is and rebuilds the rest in one pass. Like
 *   Django's `escape`, it leaves `\` alone (nunjucks wrote it as `&#92;`; both read the same).
 *
 * nunjucks' runtime is one module shared by every environment in the process, so this changes
 * it for all of them: `Frame.set` gives the same results (runtime-speed.test.ts compares both
 * implementations), and escaping differs only in that backslash.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { escapeHtml } from "../util/escape-html.ts";

interface FrameLike {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): FrameLike | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

interface RuntimeParts {
  runtime: { Frame: { prototype: FrameLike } };
  lib: { escape(text: string): string };
}

const parts = nunjucks as unknown as RuntimeParts;

/** nunjucks' own implementations, kept for the equivalence tests. */
export const original = { set: parts.runtime.Frame.prototype.set, escape: parts.lib.escape };

/** A name's parts; bounded, though compiled templates only ever use their own identifiers. */
const splitNames = new Map<string, readonly string[]>();
const MAX_NAMES = 10_000;

function nameParts(name: string): readonly string[] {
  let found = splitNames.get(name);
  if (found === undefined) {
    if (splitNames.size >= MAX_NAMES) splitNames.clear();
    found = name.split(".");
    splitNames.set(name, found);
  }
  return found;
}

/**
 * nunjucks' `Frame.set`: sets `name` (dots make nested objects) in this frame, or with
 * `resolveUp` in the nearest frame that already has its first part.
 */
function set(this: FrameLike, name: string, value: unknown, resolveUp?: boolean): void {
  const path = nameParts(name);
  if (resolveUp) {
    const frame = this.resolve(path[0]!, true);
    if (frame) {
      frame.set(name, value);
      return;
    }
  }
  let target = this.variables;
  for (let i = 0; i < path.length - 1; i++) {
    const id = path[i]!;
    if (!target[id]) target[id] = {};
    target = target[id] as Record<string, unknown>;
  }
  target[path[path.length - 1]!] = value;
}

parts.runtime.Frame.prototype.set = set;
parts.lib.escape = escapeHtml;
