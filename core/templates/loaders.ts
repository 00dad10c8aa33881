/**
 * Template sources: the `TEMPLATES` setting plus hook functions that hosts add
 * (the Node host adds one per `TEMPLATE_DIRS` entry). Everything is synchronous
 * so rendering stays synchronous and needs no Node module.
 *
 * @module
 */

/** What a loader returns for a template it has. */
export interface LoadedTemplate {
  /** The template source text. */
  source: string;
  /** Where it came from, shown in errors (for example a file path). */
  path?: string;
}

/**
 * A loader hook: returns the template called `name`, or `undefined` when it
 * does not have it. It may expose `list()` so error messages and
 * `onefile check` can name every template it holds.
 *
 * @example
 * ```ts
 * const pages: TemplateLoader = Object.assign(
 *   (name: string) => (name === "about.html" ? { source: "<h1>About</h1>" } : undefined),
 *   { list: () => ["about.html"] },
 * );
 * engine.addLoader(pages);
 * ```
 */
export type TemplateLoader = ((name: string) => LoadedTemplate | undefined) & {
  list?: () => string[];
};

export class SourceLoader {
  private readonly templates: Record<string, string>;
  private readonly hooks: TemplateLoader[] = [];
  /** Origin path and source of templates that came from hooks. */
  private readonly loaded = new Map<string, LoadedTemplate>();

  constructor(templates: Record<string, string>, hooks: TemplateLoader[] = []) {
    // Copy so later mutation of the settings object cannot change what the
    // engine serves behind its cache.
    this.templates = { ...templates };
    for (const hook of hooks) this.add(hook);
  }

  /** Appends a hook; it is consulted after `TEMPLATES` and earlier hooks. */
  add(hook: TemplateLoader): void {
    if (typeof hook !== "function") {
      throw new TypeError(`A template loader must be a function (name) => { source, path? } | undefined, got ${typeof hook}`);
    }
    this.hooks.push(hook);
  }

  /** Returns the source of `name` and where it came from, or `undefined`. */
  load(name: string): Required<LoadedTemplate> | undefined {
    if (Object.prototype.hasOwnProperty.call(this.templates, name)) {
      return { source: this.templates[name]!, path: name };
    }
    for (const hook of this.hooks) {
      const found = hook(name);
      if (found === undefined || found === null) continue;
      if (typeof found.source !== "string") {
        throw new TypeError(`Template loader returned no string "source" for "${name}"`);
      }
      const loaded = { source: found.source, path: found.path ?? name };
      this.loaded.set(name, loaded);
      return loaded;
    }
    return undefined;
  }

  /** Where a loaded template came from: its file path, or its name. */
  originOf(name: string): string {
    return this.loaded.get(name)?.path ?? name;
  }

  /** The source of a template already loaded (or in `TEMPLATES`), without asking hooks again. */
  sourceOf(name: string): string | undefined {
    if (Object.prototype.hasOwnProperty.call(this.templates, name)) return this.templates[name];
    return this.loaded.get(name)?.source;
  }

  /** Every name in `TEMPLATES` plus whatever hooks can list, sorted and unique. */
  names(): string[] {
    const all = new Set(Object.keys(this.templates));
    for (const hook of this.hooks) {
      if (typeof hook.list === "function") for (const name of hook.list()) all.add(name);
    }
    return [...all].sort();
  }
}
