/**
 * Template sources: the `TEMPLATES` setting plus hook functions that hosts add
 * (the Node host adds one per `TEMPLATE_DIRS` entry). Everything is synchronous
 * so rendering stays synchronous and needs no Node module.
 *
 * @module
 */
export class SourceLoader {
    templates;
    hooks = [];
    /** Origin path and source of templates that came from hooks. */
    loaded = new Map();
    constructor(templates, hooks = []) {
        // Copy so later mutation of the settings object cannot change what the
        // engine serves behind its cache.
        this.templates = { ...templates };
        for (const hook of hooks)
            this.add(hook);
    }
    /** Appends a hook; it is consulted after `TEMPLATES` and earlier hooks. */
    add(hook) {
        if (typeof hook !== "function") {
            throw new TypeError(`A template loader must be a function (name) => { source, path? } | undefined, got ${typeof hook}`);
        }
        this.hooks.push(hook);
    }
    /** Returns the source of `name` and where it came from, or `undefined`. */
    load(name) {
        if (Object.prototype.hasOwnProperty.call(this.templates, name)) {
            return { source: this.templates[name], path: name };
        }
        for (const hook of this.hooks) {
            const found = hook(name);
            if (found === undefined || found === null)
                continue;
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
    originOf(name) {
        return this.loaded.get(name)?.path ?? name;
    }
    /** The source of a template already loaded (or in `TEMPLATES`), without asking hooks again. */
    sourceOf(name) {
        if (Object.prototype.hasOwnProperty.call(this.templates, name))
            return this.templates[name];
        return this.loaded.get(name)?.source;
    }
    /** Every name in `TEMPLATES` plus whatever hooks can list, sorted and unique. */
    names() {
        const all = new Set(Object.keys(this.templates));
        for (const hook of this.hooks) {
            if (typeof hook.list === "function")
                for (const name of hook.list())
                    all.add(name);
        }
        return [...all].sort();
    }
}
