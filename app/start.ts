/**
 * The sandbox page's first script, small so that it runs as soon as the HTML is parsed, before
 * the rest of the page (main.ts) has even downloaded. It does what the first preview waits for
 * longest:
 *
 * - publishes `window.sandbox` (its methods wait for the boot);
 * - picks this tab's project and starts that project's preview origin: the host page, its
 *   service worker and its runner load in their own process while the page boots;
 * - starts loading the compiler;
 *
 * then loads main.ts, which wires everything else and reads what this module started.
 */
// Every stylesheet of the page is linked from the HTML (none waits for main.ts's chunk).
import "./style.css";
import "./tests-panel.css";
import "./data-panel.css";
import "./tutorial/tutorial.css";
import { installApi, type SandboxOperations } from "./api.ts";
import { EMBED_ORIGINS, PREVIEW_ORIGIN_PATTERN } from "./build-settings.ts";
import { HostLink } from "./host-link.ts";
import { previewOrigin } from "./origins.ts";
import { loadCompiler, markStep } from "./pipeline.ts";
import { isolatedContext } from "./project.ts";
import { chooseProjectId } from "./project-id.ts";
import { parseTutorialPath } from "./tutorial/catalog.ts";
import { loadTutorials, tutorialProjectId } from "./tutorial/boot.ts";

/** How the page shows: the full sandbox, only the running site (`?view=app`), or compact (`?view=embed`). */
export type ViewMode = "full" | "app" | "embed";

export const params = new URLSearchParams(location.search);
const requested = params.get("view");
export const view: ViewMode = requested === "app" || requested === "embed" ? requested : "full";
document.documentElement.dataset["view"] = view;

let resolveBooted!: () => void;
const booted = new Promise<void>((resolve) => (resolveBooted = resolve));
let publishOperations!: (operations: SandboxOperations) => void;
installApi(booted, new Promise<SandboxOperations>((resolve) => (publishOperations = resolve)), { embedded: view === "embed", allowedOrigins: EMBED_ORIGINS });

/** Resolves `window.sandbox.ready`: the first preview shows, or the page waits for the user. */
export { resolveBooted };
/** Puts the booted sandbox behind `window.sandbox`'s methods. */
export const publish = (operations: SandboxOperations): void => publishOperations(operations);

markStep("boot");
export const isolated = isolatedContext();
/** `/tutorial/<name>/<step>/`: a tutorial's step, in the tutorial's own project (app/tutorial/). */
export const tutorialRoute = parseTutorialPath(location.pathname);
if (tutorialRoute) void loadTutorials().catch(() => {}); // main.ts's boot reports it
// The first preview needs the compiler: its chunk (preloaded by the HTML) evaluates meanwhile.
loadCompiler().catch(() => {}); // The run reports it if it cannot load.

/**
 * This tab's project and its preview origin, started. The id decides the preview origin, and
 * so whose data the preview sees (app/project-id.ts).
 */
export const project: Promise<{ id: string; host: HostLink }> = (async () => {
  const id = tutorialRoute ? tutorialProjectId(tutorialRoute.name) : await chooseProjectId(location.hash, { isolated });
  return { id, host: new HostLink(previewOrigin(id, PREVIEW_ORIGIN_PATTERN, new URL(location.href))) };
})();

// Not awaited: this module must finish evaluating before main.ts, which imports it, can run.
void import("./main.ts");
