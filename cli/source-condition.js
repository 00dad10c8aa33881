// A module resolve hook that bin.js registers only when it runs from a checkout's sources (as
// the repository's own tests and benchmarks run it). The user's `import … from "onefile"` then
// resolves through the package's `onefile-source` export condition to core/*.ts: the same
// modules the command runs, never the compiled lib/, which may be stale or not built yet.
// A copy of onefile without that source (one installed from the registry) resolves as usual.

const ONEFILE = /^onefile(\/|$)/;

/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (!ONEFILE.test(specifier)) return nextResolve(specifier, context);
  try {
    return await nextResolve(specifier, { ...context, conditions: [...context.conditions, "onefile-source"] });
  } catch {
    return nextResolve(specifier, context);
  }
}
