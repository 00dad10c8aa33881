/**
 * A small, bounded pretty-printer for settings values and thrown non-Error
 * values on the DEBUG pages. It never throws and never runs user getters twice
 * in a loop: depth, length and cycles are all capped, because a DEBUG page
 * that crashes while describing a crash helps nobody.
 */
const MAX_DEPTH = 4;
const MAX_STRING = 300;
const MAX_ITEMS = 50;
/**
 * Returns a readable, JavaScript-like text for any value: strings quoted,
 * functions as `[Function name]`, objects and arrays indented, long strings cut
 * with a count of what was left out.
 *
 * @example
 * formatValue({ DEBUG: true, ALLOWED_HOSTS: ["localhost"] });
 * // → '{\n  DEBUG: true,\n  ALLOWED_HOSTS: [\n    "localhost"\n  ]\n}'
 */
export function formatValue(value) {
    return format(value, 0, new Set());
}
function format(value, depth, seen) {
    switch (typeof value) {
        case "string":
            return JSON.stringify(truncate(value));
        case "function":
            return isClass(value) ? `[class ${value.name || "(anonymous)"}]` : `[Function ${value.name || "(anonymous)"}]`;
        case "bigint":
            return `${value}n`;
        case "symbol":
            return value.toString();
        case "object":
            break;
        default:
            return String(value);
    }
    if (value === null)
        return "null";
    if (seen.has(value))
        return "[Circular]";
    if (value instanceof Date)
        return isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    if (value instanceof RegExp)
        return String(value);
    if (value instanceof Error)
        return `${value.name}: ${truncate(value.message)}`;
    const name = constructorName(value);
    if (depth >= MAX_DEPTH)
        return Array.isArray(value) ? "[…]" : `${name === "Object" ? "" : name + " "}{…}`;
    seen.add(value);
    try {
        const indent = "  ".repeat(depth + 1);
        const close = "  ".repeat(depth);
        let entries;
        let open;
        let end;
        if (Array.isArray(value)) {
            entries = value.slice(0, MAX_ITEMS).map((item) => format(item, depth + 1, seen));
            if (value.length > MAX_ITEMS)
                entries.push(`… ${value.length - MAX_ITEMS} more items`);
            [open, end] = ["[", "]"];
        }
        else if (value instanceof Map || value instanceof Set) {
            const items = [...value].slice(0, MAX_ITEMS);
            entries = value instanceof Map
                ? items.map(([k, v]) => `${format(k, depth + 1, seen)} => ${format(v, depth + 1, seen)}`)
                : items.map((item) => format(item, depth + 1, seen));
            if (value.size > MAX_ITEMS)
                entries.push(`… ${value.size - MAX_ITEMS} more items`);
            [open, end] = [`${name}(${value.size}) {`, "}"];
        }
        else {
            const keys = Object.keys(value);
            entries = keys.slice(0, MAX_ITEMS).map((k) => `${propertyName(k)}: ${format(readProperty(value, k), depth + 1, seen)}`);
            if (keys.length > MAX_ITEMS)
                entries.push(`… ${keys.length - MAX_ITEMS} more keys`);
            [open, end] = [name === "Object" ? "{" : `${name} {`, "}"];
        }
        if (entries.length === 0)
            return open + end;
        return `${open}\n${entries.map((e) => indent + e).join(",\n")}\n${close}${end}`;
    }
    finally {
        seen.delete(value);
    }
}
function truncate(text) {
    return text.length <= MAX_STRING ? text : `${text.slice(0, MAX_STRING)}… (${text.length - MAX_STRING} more characters)`;
}
function isClass(fn) {
    try {
        return /^class[\s{]/.test(Function.prototype.toString.call(fn));
    }
    catch {
        return false;
    }
}
function constructorName(value) {
    const proto = Object.getPrototypeOf(value);
    if (proto === null)
        return "Object";
    const ctor = proto.constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "Object";
}
function propertyName(key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
function readProperty(value, key) {
    try {
        return value[key];
    }
    catch (error) {
        return `[getter threw ${error instanceof Error ? error.name : typeof error}]`;
    }
}
