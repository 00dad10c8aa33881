// `window.sandbox`, which playwright/api.ts declares (the page implements it in app/api.ts), typed
// for the specs and benchmarks that call it through `page.evaluate`.
import type {} from "../playwright/api.ts";
