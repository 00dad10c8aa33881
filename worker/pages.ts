/**
 * The sandbox's own pages, shown inside the preview when there is no app to ask: nothing is
 * running on this origin, the project was stopped, or its file failed to load.
 */
import { escapeHtml } from "../core/util/escape-html.ts";
import type { LoadFailure } from "./runtime.ts";

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222;background:#fff}
h1{font-size:1.3em;color:#b00020}pre{background:#f6f6f6;padding:1em;overflow:auto;white-space:pre-wrap}
@media (prefers-color-scheme: dark){body{color:#ddd;background:#1e1e1e}pre{background:#2a2a2a}h1{color:#ff6b81}}`;

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>${STYLE}</style><h1>${escapeHtml(title)}</h1>${body}`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * The page shown when the project's file throws while loading or exports no app. (Code that
 * does not compile never reaches the worker: the page shows the error and keeps the last build.)
 *
 * @example
 * errorPage({ phase: "load", error: { message: "Error: boom", line: 3, column: 7 } });
 */
export function errorPage(failure: LoadFailure): Response {
  const where = failure.error.line > 0 ? ` at line ${failure.error.line}, column ${failure.error.column}` : "";
  return page(
    500,
    `The project failed to load${where}`,
    `<pre>${escapeHtml(failure.error.message)}</pre><p>Fix the code in the editor; the preview reloads by itself.</p>`,
  );
}

/**
 * The runner's page for a request before any build was loaded (after "Stop", say).
 *
 * @example
 * notLoadedPage(); // 503
 */
export function notLoadedPage(): Response {
  return page(503, "The project is not running", "<p>It was stopped, or has not run yet. Press Run in the sandbox (or edit the code) to start it again.</p>");
}

/**
 * The service worker's page for a request that no runner answered: nothing runs this origin's
 * project (it is open in no sandbox tab), or the runner was stopped while answering.
 *
 * @example
 * notRunningPage("stopped"); // 503
 */
export function notRunningPage(why: "no-host" | "stopped"): Response {
  if (why === "stopped") {
    return page(503, "The project was stopped", "<p>It was stopped while answering this request. Fix the code in the sandbox, then press Run.</p>");
  }
  return page(
    503,
    "This preview is not running",
    `<p>A preview runs inside the onefile sandbox tab that shows it. Open the sandbox (or the project's share link)
    to run it again.</p>`,
  );
}
