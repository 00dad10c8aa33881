/**
 * The sandbox page: wires the editor, the preview, the log and the error overlay to one
 * project, whose site runs on its own origin (app/host-link.ts), and boots in the order that
 * gets the preview on screen first: preview origin starting (start.ts, before this module
 * loads), project from the link or the autosave → compiled → run → preview; then Monaco, then
 * the offline caches.
 */
import { SourceEditor } from "./editor.ts";
import { DEFAULT_EXAMPLE, examples } from "./examples.ts";
import { ExamplesMenu } from "./examples-menu.ts";
import { LogPanel } from "./log-panel.ts";
import { cacheShellForOffline } from "./offline.ts";
import { ErrorOverlay } from "./overlay.ts";
import { markStep, Pipeline } from "./pipeline.ts";
import { Preview } from "./preview.ts";
import { openProject, type StartingPoint } from "./project.ts";
import { rememberLastProject } from "./project-id.ts";
import { setupDataTools, type DataTools } from "./data-tools.ts";
import { decodeHash, encodeShare } from "./share.ts";
import { makeSplitter } from "./split.ts";
import { StallNotice } from "./stall.ts";
import { pruneProjects, setRunState } from "./store.ts";
import { isolated, params, project, publish, resolveBooted, tutorialRoute, view } from "./start.ts";
import { testActions } from "./test-actions.ts";
import { TestsPanel } from "./tests-panel.ts";
import { openTutorial, openTutorialProject, showMissing } from "./tutorial/boot.ts";
import { TutorialPage } from "./tutorial/page.ts";

/** How long the runner may hold its thread before the run counts as hung (and a reload asks first). */
const HUNG_AFTER_MS = 10_000;

/** How long a project no tab has edited is kept: 30 days. */
const PROJECT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// The project and its preview origin were started by the page's first script (start.ts).
const { id, host } = await project;
// What a link carries besides the code (`&data=`): loaded into the new project once it runs.
const linkData = (() => {
  const link = decodeHash(location.hash);
  return link?.ok ? link.data : undefined;
})();

const statusEl = $<HTMLSpanElement>("status");
function setStatus(text: string, kind: "busy" | "ok" | "error" = "ok"): void {
  statusEl.textContent = text;
  statusEl.dataset["kind"] = kind;
}

const overlay = new ErrorOverlay($("error"));
const log = new LogPanel($<HTMLOListElement>("log"));
$("log-clear").addEventListener("click", () => log.clear());

// What runs the project, once it is open; "Stop" and "Run" act on it.
let pipeline: Pipeline | undefined;
const stall = new StallNotice(
  { banner: $("stall"), stop: $<HTMLButtonElement>("stop-button"), gate: $("run-gate"), run: $<HTMLButtonElement>("run-button") },
  {
    stop: async (kind) => {
      if (kind === "crashed") host.restart();
      else await host.stop().catch(() => host.restart());
      preview.clear();
      await setRunState(id, kind).catch(() => {});
      setStatus("Stopped", "error");
    },
    run: () => void pipeline?.run(),
  },
);

// The preview origin started first (start.ts): what it reported meanwhile comes now.
host.listen({
  log: (entries) => log.addAll(entries),
  // The code holds its runner: say so and offer Stop (the page now waits for the user, so
  // `ready` resolves). Held for long, it is remembered as hung: a reload must ask first. Not at
  // once: real work (a big database write) may hold the thread for seconds on a busy machine.
  busy: (ms) => {
    stall.busy(ms);
    if (ms >= HUNG_AFTER_MS) void setRunState(id, "hung").catch(() => {});
    resolveBooted();
  },
  // It finished after all: whatever the run was doing goes on as usual.
  idle: () => {
    if (stall.idle()) void setRunState(id, pipeline?.running ? "running" : "ok").catch(() => {});
  },
  hung: () => void setRunState(id, "hung").catch(() => {}),
  unresponsive: (lost) => {
    stall.unresponsive(lost);
    if (lost) {
      void setRunState(id, "crashed").catch(() => {});
      resolveBooted();
    }
  },
  database: (status) => dataTools.update(status),
});

let currentSource = () => "";
const preview = new Preview(
  host,
  {
    frame: $<HTMLIFrameElement>("preview"),
    address: $<HTMLInputElement>("address"),
    form: $<HTMLFormElement>("address-form"),
    back: $<HTMLButtonElement>("nav-back"),
    forward: $<HTMLButtonElement>("nav-forward"),
    reload: $<HTMLButtonElement>("nav-reload"),
    open: $<HTMLButtonElement>("nav-open"),
    empty: $("preview-empty"),
  },
  (path) => window.open(appLink(path, currentSource()), "_blank", "noopener"),
);
preview.path = params.get("path")?.startsWith("/") ? params.get("path")! : "/";
const dataTools: DataTools = setupDataTools(host, preview, () => currentSource());
if (linkData !== undefined) dataTools.readLink(linkData);
// ?view=app keeps the preview's path in its own URL: a reload or a copied link comes back to it.
preview.onLoad = (path) => {
  if (view === "app" && path.startsWith("/")) history.replaceState(history.state, "", appLink(path, null));
};
makeSplitter($("split-main"), $("panes"), "--editor-width", "x");
makeSplitter($("split-log"), $("panes"), "--log-height", "y");

/** This page as a `?view=app` link to `path`, with `source` in the hash (or the current hash). */
function appLink(path: string, source: string | null): string {
  const query = new URLSearchParams({ view: "app", path });
  // A tutorial's code opens in the plain sandbox: the tutorial page shows its own step's code.
  const pathname = tutorialRoute ? "/" : location.pathname;
  return `${location.origin}${pathname}?${query}${source === null ? location.hash : `#${encodeShare(source)}`}`;
}

async function boot(): Promise<void> {
  const defaultSource = examples[DEFAULT_EXAMPLE] ?? Object.values(examples)[0] ?? "";
  const tutorial = tutorialRoute ? await openTutorial(tutorialRoute) : null;
  if (tutorial && "missing" in tutorial) {
    showMissing(tutorial.missing, tutorial.links);
    setStatus("No such step", "error");
    throw new Error(tutorial.missing);
  }
  const start: StartingPoint = tutorial
    ? { ...(await openTutorialProject(id, tutorial.progress.code(tutorial.step.slug) ?? tutorial.step.start)), from: "link" }
    : await openProject(id, location.hash, defaultSource, { isolated });
  if (!isolated && !tutorial) rememberLastProject(id, start.project.source);
  const editor = new SourceEditor($("editor"), $<HTMLTextAreaElement>("fallback-editor"), $("editor-progress"), start.project.source);
  currentSource = () => editor.getValue();
  const tests = new TestsPanel(
    { results: $("tests"), runButton: $<HTMLButtonElement>("tests-run"), badge: $("tests-badge") },
    { run: () => actions.runTests(), jump: (line, column) => editor.reveal(line, column) },
  );
  showTabs(tests);
  pipeline = new Pipeline(
    start.project,
    { editor, preview, overlay, host, status: setStatus },
    {
      // A tutorial's code is not the visitor's last project, and its address stays the step's.
      remember: !isolated && !tutorial,
      linked: (hash) => {
        if (tutorial) return;
        history.replaceState(history.state, "", `${location.pathname}${location.search}#${hash}`);
        if (!isolated) rememberLastProject(id, editor.getValue());
      },
      ran: () => tests.built(),
      appLabel: (source) => dataTools.linkLabel ?? Object.keys(examples).find((name) => examples[name] === source),
    },
  );
  const pipe = pipeline;
  const actions = testActions(editor, pipe, host);
  const page = tutorial
    ? new TutorialPage($("topbar"), tutorial.tutorial, tutorial.step.slug, tutorial.progress, {
        getSource: () => editor.getValue(),
        setSource: (code) => {
          editor.setValue(code);
          return pipe.edit(code, { immediate: true });
        },
        check: (checks) => actions.runChecks(checks),
        reveal: (line, column) => editor.reveal(line, column),
      })
    : null;
  overlay.onJump = (line, column) => editor.reveal(line, column);
  const menu = new ExamplesMenu($<HTMLSelectElement>("examples"), {
    source: () => editor.getValue(),
    open: (source) => {
      editor.setValue(source);
      preview.path = "/";
      void pipe.edit(source, { immediate: true });
    },
  });
  editor.onChange(() => {
    void pipe.edit(editor.getValue());
    menu.sync();
    page?.edited();
  });
  publish({
    getSource: () => editor.getValue(),
    setSource: (code: string) => {
      editor.setValue(code);
      menu.sync();
      return pipe.edit(code, { immediate: true });
    },
    previewPath: () => preview.path,
    previewOrigin: () => host.origin,
    runTests: async () => {
      const run = await actions.runTests();
      tests.show(run);
      return run;
    },
  });
  // Ctrl/Cmd+S saves now (every edit is saved anyway) instead of the browser's "Save page as".
  window.addEventListener(
    "keydown",
    (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void pipe.flush().then(() => setStatus("Saved", "ok"), () => {});
      }
    },
    { capture: true },
  );
  // A link pasted into this tab's address bar changes only the hash: open it in place.
  window.addEventListener("hashchange", () => {
    if (tutorial) return; // A tutorial's address names its step; its code is the learner's.
    const link = decodeHash(location.hash);
    if (link === null) return;
    if (!link.ok) {
      overlay.show({ title: "This link could not be opened.", detail: `${link.error} Your current code stays; nothing was lost.` });
      return;
    }
    // A link with data opens a new project (a fresh database): load the page anew for it.
    if (link.data !== undefined) return location.reload();
    if (link.source === editor.getValue()) return;
    editor.setValue(link.source);
    menu.sync();
    void pipe.edit(link.source, { immediate: true });
  });
  setupShare(() => editor.getValue());

  const showStartMessages = () => {
    if (start.storageError) overlay.show({ title: "The saved code could not be read.", detail: start.storageError });
    if (!start.linkError) return;
    const instead = start.from === "default" ? "The default example opened instead." : "Your last project opened instead; nothing was lost.";
    overlay.show({ title: "This link could not be opened.", detail: `${start.linkError} ${instead}` });
  };
  showStartMessages();

  markStep("project-open");
  if (start.runState === "hung" || start.runState === "crashed" || start.runState === "running") {
    // The last run of this code never finished: it hung or crashed its preview. Ask first.
    stall.gate(start.runState === "crashed" ? "crashed" : "hung");
    setStatus("Waiting for Run", "error");
    resolveBooted();
  } else {
    await pipe.run();
    if (linkData !== undefined) {
      const problem = await dataTools.loadFromLink();
      // Loaded once: a reload of this tab keeps the project and its data, without the link's.
      history.replaceState(history.state, "", `${location.pathname}${location.search}#${encodeShare(editor.getValue())}`);
      if (problem) overlay.show({ title: "The link's data could not be loaded in full.", detail: problem });
    }
    // A successful run clears the overlay; the start's messages still deserve to show.
    showStartMessages();
    resolveBooted();
  }
  // Offline caches and Monaco wait until the preview shows (on a first visit they would compete
  // with it), and start in a task of their own, so whoever awaits `ready` runs first.
  setTimeout(() => {
    cacheShellForOffline().catch((error: unknown) => log.add({ kind: "error", text: String(error) }));
    host.precache().catch(() => {}); // Only offline use depends on it.
    // Projects of tabs closed long ago would otherwise pile up in IndexedDB.
    void pruneProjects(id, PROJECT_MAX_AGE_MS).catch(() => {});
    if (view !== "app") void editor.upgrade();
  });
}

function setupShare(getSource: () => string): void {
  const button = $<HTMLButtonElement>("share");
  button.addEventListener("click", async () => {
    const link = `${location.origin}/${location.search}#${encodeShare(getSource())}`;
    history.replaceState(history.state, "", link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus("Link copied", "ok");
    } catch {
      // Without clipboard permission, show the link selected so it can be copied by hand.
      window.prompt("Copy this link:", link);
    }
  });
}

void boot().catch((error: unknown) => {
  overlay.show({ title: "The sandbox failed to start.", detail: String(error) });
  // Scripts and embedding pages still get an answer rather than silence.
  publish({ getSource: () => "", setSource: () => Promise.reject(error), previewPath: () => "/", previewOrigin: () => host.origin, runTests: () => Promise.reject(error) });
  resolveBooted();
});

/** The log pane's two tabs: the request log, and the Tests panel (open while its tab is). */
function showTabs(tests: TestsPanel): void {
  const tabs = { log: $<HTMLButtonElement>("tab-log"), tests: $<HTMLButtonElement>("tab-tests") };
  const select = (which: "log" | "tests") => {
    tabs.log.setAttribute("aria-selected", String(which === "log"));
    tabs.tests.setAttribute("aria-selected", String(which === "tests"));
    $("log").hidden = which !== "log";
    $("log-clear").hidden = which !== "log";
    $("tests").hidden = which !== "tests";
    $("tests-run").hidden = which !== "tests";
    tests.open = which === "tests";
  };
  tabs.log.addEventListener("click", () => select("log"));
  tabs.tests.addEventListener("click", () => select("tests"));
}
