// A module resolve hook, registered before tsx's own: TypeScript files outside node_modules load
// as ES modules even in a project whose package.json does not say "type": "module". The user's
// file then has the same semantics on Node as in the sandbox (import/export, top-level await),
// whatever the project around it says. tsx keeps a format that an earlier hook has chosen.

const TYPESCRIPT = /\.(ts|tsx|mts)$/;

/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (
    result.url.startsWith("file:") &&
    !result.url.includes("/node_modules/") &&
    TYPESCRIPT.test(result.url.replace(/[?#].*$/, ""))
  ) {
    return { ...result, format: "module" };
  }
  return result;
}
