import { ImproperlyConfigured } from "./errors.js";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** Django's five default converters. Frozen: registries copy them, never change them. */
export const DEFAULT_CONVERTERS = Object.freeze({
    str: Object.freeze({ regex: "[^/]+", toValue: (s) => s, toUrl: (v) => String(v) }),
    int: Object.freeze({ regex: "[0-9]+", toValue: (s) => Number(s), toUrl: (v) => String(v) }),
    slug: Object.freeze({ regex: "[-a-zA-Z0-9_]+", toValue: (s) => s, toUrl: (v) => String(v) }),
    uuid: Object.freeze({ regex: UUID, toValue: (s) => s, toUrl: (v) => String(v) }),
    path: Object.freeze({ regex: ".+", toValue: (s) => s, toUrl: (v) => String(v) }),
});
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The converters one app knows: the defaults plus the ones it registered. There is no global
 * registry (unlike Django's `register_converter`), so two apps in one process never see each
 * other's converters.
 *
 * @example
 * ```ts
 * const registry = new ConverterRegistry();
 * registry.register("year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * registry.get("year")?.regex; // "[0-9]{4}"
 * ```
 */
export class ConverterRegistry {
    #converters = new Map(Object.entries(DEFAULT_CONVERTERS));
    /**
     * Adds a converter under `name`. Throws ImproperlyConfigured for a bad name, a regex that
     * does not compile, missing functions, or a name that is already registered.
     */
    register(name, converter) {
        if (typeof name !== "string" || !IDENTIFIER.test(name)) {
            throw new ImproperlyConfigured(`Converter name ${JSON.stringify(name)} is not valid: use letters, digits and underscores, e.g. "year".`);
        }
        if (this.#converters.has(name)) {
            throw new ImproperlyConfigured(`Converter '${name}' is already registered.`);
        }
        if (!converter || typeof converter.regex !== "string" || typeof converter.toValue !== "function" || typeof converter.toUrl !== "function") {
            throw new ImproperlyConfigured(`Converter '${name}' must be an object { regex: string, toValue(text): value, toUrl(value): string }.`);
        }
        try {
            new RegExp(converter.regex);
        }
        catch (error) {
            throw new ImproperlyConfigured(`Converter '${name}' has an invalid regex ${JSON.stringify(converter.regex)}: ${error.message}`);
        }
        this.#converters.set(name, converter);
    }
    /** The converter registered as `name`, or undefined. */
    get(name) {
        return this.#converters.get(name);
    }
    /** The registered names, defaults first. */
    names() {
        return [...this.#converters.keys()];
    }
    /** The names within a small edit distance of `name`, closest first, for "did you mean" hints. */
    closeNames(name) {
        return closeMatches(name, this.names());
    }
}
/**
 * Registers a converter on an app (anything with `registerConverter`) or on a registry.
 *
 * @example
 * ```ts
 * registerConverter(app, "year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * ```
 */
export function registerConverter(target, name, converter) {
    if (target instanceof ConverterRegistry)
        target.register(name, converter);
    else
        target.registerConverter(name, converter);
}
/**
 * Candidates close to a misspelt name, closest first, at most five: within an edit distance
 * of a third of the name's length (swapped letters count as one edit), or containing it, or
 * contained in it ("integer" → "int").
 *
 * @example
 * ```ts
 * closeMatches("itn", ["str", "int", "path"]); // ["int"]
 * ```
 */
export function closeMatches(name, candidates) {
    const scored = [];
    const lower = name.toLowerCase();
    const limit = Math.max(1, Math.ceil(lower.length / 3));
    for (const candidate of candidates) {
        const other = candidate.toLowerCase();
        const distance = swapDistance(lower, other);
        const contains = Math.min(lower.length, other.length) > 2 && (other.includes(lower) || lower.includes(other));
        if (distance <= limit || contains)
            scored.push([candidate, distance]);
    }
    return scored.sort((a, b) => a[1] - b[1]).slice(0, 5).map(([candidate]) => candidate);
}
/** Edit distance where inserting, deleting, replacing or swapping two neighbours is one edit. */
function swapDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
