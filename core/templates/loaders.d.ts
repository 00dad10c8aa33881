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
export declare class SourceLoader {
    private readonly templates;
    private readonly hooks;
    /** Origin path and source of templates that came from hooks. */
    private readonly loaded;
    constructor(templates: Record<string, string>, hooks?: TemplateLoader[]);
    /** Appends a hook; it is consulted after `TEMPLATES` and earlier hooks. */
    add(hook: TemplateLoader): void;
    /** Returns the source of `name` and where it came from, or `undefined`. */
    load(name: string): Required<LoadedTemplate> | undefined;
    /** Where a loaded template came from: its file path, or its name. */
    originOf(name: string): string;
    /** The source of a template already loaded (or in `TEMPLATES`), without asking hooks again. */
    sourceOf(name: string): string | undefined;
    /** Every name in `TEMPLATES` plus whatever hooks can list, sorted and unique. */
    names(): string[];
}
