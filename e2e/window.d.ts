// `window.sandbox`, which app/api.ts declares for the page, typed for the specs and benchmarks
// that call it through `page.evaluate`: importing the module brings its global declaration.
import type {} from "../app/api.ts";
