/**
 * The per-app template engine: nunjucks with autoescape on, templates from the
 * `TEMPLATES` setting and host loaders, each compiled once per engine, plus
 * Django's `{% url %}` and `{% csrf_token %}` tags and errors that name the
 * template, line and column.
 *
 * Runtime-neutral: it uses only nunjucks' `Environment` and compiler and loads
 * templates itself, so it runs on Node (nunjucks' index.js) and in a service
 * worker bundled by Vite (nunjucks' "browser" build), never touching
 * FileSystemLoader, fs or path.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { compileTemplate } from "./compile.js";
import { TemplateDoesNotExist } from "./errors.js";
import { explainRenderError } from "./explain.js";
import { SourceLoader } from "./loaders.js";
import { findReferences } from "./references.js";
import { CsrfTokenTag, UrlTag } from "./tags.js";
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
export class TemplateEngine {
    loader;
    env;
    /** Compiled templates by name: each is compiled once per engine. */
    compiled = new Map();
    /** Listener for the render in progress; rendering is synchronous, so one slot suffices. */
    onTemplate;
    debug;
    constructor(options) {
        this.debug = options.debug ?? false;
        this.loader = new SourceLoader(options.templates ?? {}, options.loaders ?? []);
        // No nunjucks loader at all (an empty list, so nunjucks adds no default
        // FileSystemLoader/WebLoader): the engine loads and caches itself. dev: true
        // keeps nunjucks' TemplateError objects (lineno, colno, cause) instead of
        // flattening them into a plain Error.
        this.env = new nunjucks.Environment([], { autoescape: true, dev: true });
        // Compiled templates call env.getTemplate for extends/include/import with
        // the referencing template's name; answering it ourselves is how we name
        // the referencing template in errors and report every template used.
        this.env.getTemplate = (name, _eagerCompile, parentName, ignoreMissing, cb) => {
            let template;
            try {
                template = this.getTemplate(name, parentName ?? undefined, ignoreMissing ?? false);
            }
            catch (error) {
                if (cb)
                    return void cb(error);
                throw error;
            }
            if (cb)
                return void cb(null, template);
            return template;
        };
        this.env.addExtension("url", new UrlTag());
        this.env.addExtension("csrf_token", new CsrfTokenTag());
        for (const [name, value] of Object.entries(options.globals ?? {}))
            this.env.addGlobal(name, value);
    }
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
    render(name, context, onTemplate) {
        const previous = this.onTemplate;
        this.onTemplate = onTemplate;
        try {
            return this.getTemplate(name, undefined, false).render(context);
        }
        catch (error) {
            throw explainRenderError(error, name, (n) => ({ path: this.loader.originOf(n), source: this.loader.sourceOf(n) }));
        }
        finally {
            this.onTemplate = previous;
        }
    }
    /**
     * Adds a loader consulted after `templates` and earlier loaders.
     *
     * @example
     * ```ts
     * engine.addLoader((name) => (name === "x.html" ? { source: "X", path: "/srv/x.html" } : undefined));
     * ```
     */
    addLoader(loader) {
        this.loader.add(loader);
    }
    /**
     * Sets a template global (a value or function visible in every template).
     *
     * @example
     * ```ts
     * engine.addGlobal("site", "Example");
     * ```
     */
    addGlobal(name, value) {
        this.env.addGlobal(name, value);
    }
    /**
     * Adds a filter usable as `{{ value | name(arg) }}`.
     *
     * @example
     * ```ts
     * engine.addFilter("shout", (s: string) => s.toUpperCase() + "!");
     * ```
     */
    addFilter(name, filter) {
        this.env.addFilter(name, filter);
    }
    /**
     * Every template name the engine can list: `templates` keys plus what
     * loaders with a `list()` return, sorted.
     *
     * @example
     * ```ts
     * engine.names(); // ["base.html", "index.html"]
     * ```
     */
    names() {
        return this.loader.names();
    }
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
    compileAll() {
        const problems = [];
        const known = new Set(this.names());
        for (const name of known) {
            try {
                this.getTemplate(name, undefined, false);
            }
            catch (error) {
                problems.push({ name, error: error instanceof Error ? error : new Error(String(error)) });
                continue;
            }
            const source = this.loader.sourceOf(name) ?? "";
            for (const reference of findReferences(source, this.env.extensionsList)) {
                if (!known.has(reference)) {
                    problems.push({ name, error: new TemplateDoesNotExist(reference, [...known], name) });
                }
            }
        }
        return problems;
    }
    /** Returns the compiled template `name`, loading and compiling it the first time. */
    getTemplate(name, parentName, ignoreMissing) {
        // nunjucks hands over a SafeString when the name came from a variable.
        const key = typeof name === "string" ? name : String(name?.raw ?? name);
        let template = this.compiled.get(key);
        if (template === undefined) {
            const found = this.loader.load(key);
            if (found === undefined) {
                // `{% include "x" ignore missing %}` renders nothing for a missing template.
                if (ignoreMissing)
                    return compileTemplate(this.env, key, "", key);
                throw new TemplateDoesNotExist(key, this.names(), parentName);
            }
            template = compileTemplate(this.env, key, found.source, found.path);
            this.compiled.set(key, template);
        }
        this.onTemplate?.(key);
        return template;
    }
}
