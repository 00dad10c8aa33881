import { type TemplateLoader } from "./loaders.ts";
/** Options for {@link TemplateEngine}; the App builds them from its settings. */
export interface TemplateEngineOptions {
    /** The `TEMPLATES` setting: name → source. Looked up before any loader. */
    templates: Record<string, string>;
    /** Extra sources consulted in order after `templates` (the Node host's TEMPLATE_DIRS). */
    loaders?: TemplateLoader[];
    /** Template globals, e.g. `url` and `static` bound to the App. */
    globals?: Record<string, unknown>;
    /** The App's DEBUG. Render errors carry `templateDebug` either way; reserved for future use. */
    debug?: boolean;
}
/**
 * Renders templates for one App. Two engines never share templates, globals,
 * tags or caches.
 *
 * Template lookup order: `templates` first, then each loader in the order it
 * was given or added. Compiled templates are cached for the engine's lifetime,
 * so sources must not change after the first render (the sandbox builds a new
 * App per edit; `runserver` reloads the process).
 *
 * @example
 * ```ts
 * const engine = new TemplateEngine({
 *   templates: {
 *     "base.html": "<title>{% block title %}{% endblock %}</title>{% block body %}{% endblock %}",
 *     "index.html": '{% extends "base.html" %}{% block body %}Hi {{ name }}{% endblock %}',
 *   },
 *   globals: { url: (name: string) => `/${name}/`, static: (p: string) => `/static/${p}` },
 *   debug: true,
 * });
 * const used: string[] = [];
 * engine.render("index.html", { name: "<b>" }, (name) => used.push(name));
 * // → "<title></title>Hi &lt;b&gt;", used = ["index.html", "base.html"]
 * ```
 */
export declare class TemplateEngine {
    private readonly loader;
    private readonly env;
    /** Compiled templates by name: each is compiled once per engine. */
    private readonly compiled;
    /** Listener for the render in progress; rendering is synchronous, so one slot suffices. */
    private onTemplate;
    readonly debug: boolean;
    constructor(options: TemplateEngineOptions);
    /**
     * Renders `name` with `context` and returns the HTML. `onTemplate` is called
     * with each template's name as it is used: the top-level one first, then any
     * pulled in by extends/include/import (repeated if included repeatedly, as
     * Django's template_rendered signal does). The test client uses it for
     * `response.templates`.
     *
     * Throws {@link TemplateDoesNotExist}, {@link TemplateSyntaxError}, or the
     * error a template raised (for example `NoReverseMatch` from `url()`) with a
     * `templateDebug` property ({@link TemplateDebugInfo}) naming where.
     *
     * @example
     * ```ts
     * engine.render("index.html", { items: [1, 2] });
     * ```
     */
    render(name: string, context: Record<string, unknown>, onTemplate?: (name: string) => void): string;
    /**
     * Adds a loader consulted after `templates` and earlier loaders.
     *
     * @example
     * ```ts
     * engine.addLoader((name) => (name === "x.html" ? { source: "X", path: "/srv/x.html" } : undefined));
     * ```
     */
    addLoader(loader: TemplateLoader): void;
    /**
     * Sets a template global (a value or function visible in every template).
     *
     * @example
     * ```ts
     * engine.addGlobal("site", "Example");
     * ```
     */
    addGlobal(name: string, value: unknown): void;
    /**
     * Adds a filter usable as `{{ value | name(arg) }}`.
     *
     * @example
     * ```ts
     * engine.addFilter("shout", (s: string) => s.toUpperCase() + "!");
     * ```
     */
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    /**
     * Every template name the engine can list: `templates` keys plus what
     * loaders with a `list()` return, sorted.
     *
     * @example
     * ```ts
     * engine.names(); // ["base.html", "index.html"]
     * ```
     */
    names(): string[];
    /**
     * Compiles every listed template and checks that the templates they name in
     * `extends`/`include`/`import` with a literal string exist. Returns one entry
     * per problem (empty when all is well); used by `onefile check`.
     *
     * @example
     * ```ts
     * for (const { name, error } of engine.compileAll()) console.log(name, error.message);
     * ```
     */
    compileAll(): {
        name: string;
        error: Error;
    }[];
    /** Returns the compiled template `name`, loading and compiling it the first time. */
    private getTemplate;
}
