/**
 * A small, bounded pretty-printer for settings values and thrown non-Error
 * values on the DEBUG pages. It never throws and never runs user getters twice
 * in a loop: depth, length and cycles are all capped, because a DEBUG page
 * that crashes while describing a crash helps nobody.
 */
/**
 * Returns a readable, JavaScript-like text for any value: strings quoted,
 * functions as `[Function name]`, objects and arrays indented, long strings cut
 * with a count of what was left out.
 *
 * @example
 * formatValue({ DEBUG: true, ALLOWED_HOSTS: ["localhost"] });
 * // → '{\n  DEBUG: true,\n  ALLOWED_HOSTS: [\n    "localhost"\n  ]\n}'
 */
export declare function formatValue(value: unknown): string;
