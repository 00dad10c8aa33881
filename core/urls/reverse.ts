import { closeMatches } from "./converters.ts";
import { NoReverseMatch } from "./errors.ts";
import type { Leaf } from "./flatten.ts";
import type { TemplateItem } from "./regex.ts";

/** Params as reverse takes them: by name, or in the order the pattern lists them. */
export type ReverseParams = Record<string, unknown> | unknown[] | undefined;

/**
 * Builds the path of one route from params, as Django's `_reverse_with_prefix`: each value
 * goes through its converter's `toUrl`, must fully match the converter's regex, the built
 * path must match the route, and the result is percent-encoded like Django (RFC 3986 pchar
 * characters and "/" stay). Returns the path with a leading "/" and no SCRIPT_NAME.
 *
 * @example
 * ```ts
 * reverseLeaf(leaf, { id: 7 }); // "/hello/7/"
 * ```
 */
export function reverseLeaf(name: string, leaf: Leaf, params: ReverseParams): string {
  const fail = (reason: string): never => {
    throw new NoReverseMatch(`Reverse for '${name}'${describeParams(params)} not found: ${reason} ${expects(leaf)}`);
  };
  const template: TemplateItem[] = [];
  for (const piece of leaf.pieces) {
    if (piece.template instanceof Error) fail(`its pattern ${piece.label} cannot be reversed (${piece.template.message}).`);
    template.push(...(piece.template as TemplateItem[]));
  }
  const given = new Map<string, unknown>();
  if (Array.isArray(params)) {
    if (params.length !== leaf.params.length) fail(`${params.length} positional param(s) given, the pattern takes ${leaf.params.length}.`);
    leaf.params.forEach((p, i) => given.set(p.name, params[i]));
  } else if (params !== undefined && params !== null) {
    if (typeof params !== "object") fail(`params must be an object or an array, got ${typeof params}.`);
    for (const [key, value] of Object.entries(params)) {
      if (!leaf.params.some((p) => p.name === key)) fail(`the pattern has no param '${key}'.`);
      given.set(key, value);
    }
  }
  const texts = new Map<string, string>();
  for (const p of leaf.params) {
    if (!given.has(p.name)) continue;
    const value = given.get(p.name);
    let text: string;
    try {
      text = p.converter ? p.converter.toUrl(value) : String(value);
    } catch (error) {
      return fail(`the '${p.slot.kind}' converter refused ${show(value)} for '${p.name}' (${(error as Error).message}).`);
    }
    if (typeof text !== "string") fail(`the '${p.slot.kind}' converter's toUrl returned ${typeof text} for '${p.name}', not a string.`);
    if (!p.slot.check.test(text)) fail(`${show(text)} for '${p.name}' does not match ${p.slot.kind} (${p.slot.check.source.slice(4, -2)}).`);
    texts.set(p.name, text);
  }
  const missing = requiredParams(template).filter((n) => !texts.has(n));
  if (missing.length) fail(`missing param(s): ${missing.join(", ")}.`);
  const candidate = render(template, texts);
  if (!leaf.regex.test(candidate)) fail(`the built path ${show(candidate)} does not match the pattern.`);
  let encoded: string;
  try {
    encoded = quote(candidate);
  } catch {
    return fail(`the built path ${show(candidate)} is not valid Unicode.`);
  }
  // "//host" would be a protocol-relative URL to another site; Django escapes it the same way.
  return encoded.startsWith("/") ? "/%2F" + encoded.slice(1) : "/" + encoded;
}

/**
 * The error for a name that no route has, with the closest names or namespaces.
 *
 * @example
 * ```ts
 * unknownName("blog:pots", ["blog:post"], new Set(["blog"])).message; // "… Did you mean 'blog:post'?"
 * ```
 */
export function unknownName(name: string, names: Iterable<string>, namespaces: Set<string>): NoReverseMatch {
  const all = [...names];
  const colon = name.lastIndexOf(":");
  if (colon !== -1) {
    const namespace = name.slice(0, colon);
    if (!namespaces.has(namespace)) {
      const close = closeMatches(namespace, namespaces);
      return new NoReverseMatch(
        `Reverse for '${name}' not found: '${namespace}' is not a registered namespace.` +
          (close.length ? ` Did you mean ${close.map((n) => `'${n}'`).join(", ")}?` : namespaces.size ? ` Namespaces: ${[...namespaces].join(", ")}.` : " No include() has a namespace."),
      );
    }
  }
  const close = closeMatches(name, all);
  const hint = close.length ? ` Did you mean ${close.map((n) => `'${n}'`).join(", ")}?` : all.length ? ` Known names: ${all.slice(0, 20).join(", ")}${all.length > 20 ? ", …" : ""}.` : " No URL pattern has a name.";
  return new NoReverseMatch(`Reverse for '${name}' not found: '${name}' is not a valid URL pattern name.${hint}`);
}

/**
 * Percent-encodes like Django's `quote(url, safe="!$&'()*+,;=/~:@")`.
 *
 * @example
 * ```ts
 * quote("a b/ü"); // "a%20b/%C3%BC"
 * ```
 */
export function quote(text: string): string {
  return encodeURIComponent(text).replace(/%(?:24|26|2B|2C|2F|3A|3B|3D|40)/g, decodeURIComponent);
}

function render(items: TemplateItem[], texts: Map<string, string>): string {
  let out = "";
  for (const item of items) {
    if (typeof item === "string") out += item;
    else if ("param" in item) out += texts.get(item.param) ?? "";
    else if (!item.optional || paramsOf(item.group).every((n) => texts.has(n))) out += render(item.group, texts);
  }
  return out;
}

function requiredParams(items: TemplateItem[]): string[] {
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === "string") continue;
    if ("param" in item) names.push(item.param);
    else if (!item.optional) names.push(...requiredParams(item.group));
  }
  return names;
}

function paramsOf(items: TemplateItem[]): string[] {
  return items.flatMap((item) => (typeof item === "string" ? [] : "param" in item ? [item.param] : paramsOf(item.group)));
}

function expects(leaf: Leaf): string {
  const list = leaf.params.map((p) => `${p.name} (${p.slot.kind})`).join(", ");
  return `The pattern "${leaf.route}" expects ${list ? `params: ${list}` : "no params"}.`;
}

function describeParams(params: ReverseParams): string {
  if (params === undefined || (Array.isArray(params) ? params.length === 0 : Object.keys(params ?? {}).length === 0)) return "";
  return ` with params ${show(params)}`;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
