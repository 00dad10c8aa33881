/**
 * The sandbox page: wires the editor, the preview, the log and the error overlay to one
 * project, and boots in the order that gets the preview on screen first:
 * project from the link/autosave → saved → worker ready → run → preview, then Monaco.
 */
import "./style.css";
import { installApi, type SandboxApi } from "./api.ts";
import { SourceEditor } from "./editor.ts";
import { DEFAULT_EXAMPLE, examples } from "./examples.ts";
import { LogPanel } from "./log-panel.ts";
import { ErrorOverlay } from "./overlay.ts";
import { Preview } from "./preview.ts";
import { openProject, tabProjectId } from "./project.ts";
import { loadCompiler, markStep, ProjectRunner } from "./runner.ts";
import { decodeHash, encodeShare } from "./share.ts";
import { makeSplitter } from "./split.ts";
import { onWorkerLog, precacheInWorker, startWorker, whenControlled } from "./sw-client.ts";
import { getRunState, pruneProjects } from "../worker/store.ts";

/** How long a project no tab has edited is kept: 30 days. */
const PROJECT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

type ViewMode = "full" | "app" | "embed";
const requested = new URLSearchParams(location.search).get("view");
const view: ViewMode = requested === "app" || requested === "embed" ? requested : "full";
document.documentElement.dataset["view"] = view;

const statusEl = $<HTMLSpanElement>("status");
function setStatus(text: string, kind: "busy" | "ok" | "error" = "ok"): void {
  statusEl.textContent = text;
  statusEl.dataset["kind"] = kind;
}

const overlay = new ErrorOverlay($("error"));
const log = new LogPanel($<HTMLOListElement>("log"));
$("log-clear").addEventListener("click", () => log.clear());
const preview = new Preview(tabProjectId(), {
  frame: $<HTMLIFrameElement>("preview"),
  address: $<HTMLInputElement>("address"),
  form: $<HTMLFormElement>("address-form"),
  back: $<HTMLButtonElement>("nav-back"),
  forward: $<HTMLButtonElement>("nav-forward"),
  reload: $<HTMLButtonElement>("nav-reload"),
  open: $<HTMLButtonElement>("nav-open"),
  empty: $("preview-empty"),
});
makeSplitter($("split-main"), $("panes"), "--editor-width", "x");
makeSplitter($("split-log"), $("panes"), "--log-height", "y");

let resolveBooted!: () => void;
const booted = new Promise<void>((resolve) => (resolveBooted = resolve));
// Ready means the preview shows and the page's own requests to /preview/ reach the worker.
const ready = Promise.all([booted, whenControlled()]).then(() => {});
let publishApi!: (api: SandboxApi) => void;
installApi(new Promise<SandboxApi>((resolve) => (publishApi = resolve)));

async function boot(): Promise<void> {
  markStep("boot");
  const id = tabProjectId();
  // Registering (and on a first visit installing) the worker is the slowest step of a cold
  // start: begin it at once, while the project is read from the link or IndexedDB.
  const worker = startWorker();
  worker.catch(() => {}); // Handled below, where it is awaited.
  // The compiler is the other large download; it loads and evaluates while the worker installs.
  loadCompiler().catch(() => {}); // The run reports it if it cannot load.
  // Whether the last run hung decides between running and offering "Run"; read it meanwhile.
  const runState = getRunState(id).catch(() => undefined);
  onWorkerLog(id, (entry) => log.add(entry));
  const defaultSource = examples[DEFAULT_EXAMPLE] ?? Object.values(examples)[0] ?? "";
  const start = await openProject(id, location.hash, defaultSource);
  const editor = new SourceEditor($("editor"), $<HTMLTextAreaElement>("fallback-editor"), $("editor-progress"), start.project.source);
  const runner = new ProjectRunner(start.project, editor, preview, overlay, setStatus);
  overlay.onJump = (line, column) => editor.reveal(line, column);
  editor.onChange(() => void runner.edit(editor.getValue()));

  publishApi({
    ready,
    getSource: () => editor.getValue(),
    setSource: (code: string) => {
      editor.setValue(code);
      return runner.edit(code, { immediate: true });
    },
    previewPath: () => preview.path,
  });
  setupExamples(editor, runner);
  // A link pasted into this tab's address bar changes only the hash: open it in place.
  window.addEventListener("hashchange", () => {
    const link = decodeHash(location.hash);
    if (link === null) return;
    if (!link.ok) {
      overlay.show({ title: "This link could not be opened.", detail: `${link.error} Your current code stays; nothing was lost.` });
      return;
    }
    if (link.source === editor.getValue()) return;
    editor.setValue(link.source);
    void runner.edit(link.source, { immediate: true });
  });
  setupShare(() => editor.getValue());

  const showLinkError = () => {
    if (!start.linkError) return;
    const instead = start.from === "default" ? "The default example opened instead." : "Your last project opened instead; nothing was lost.";
    overlay.show({ title: "This link could not be opened.", detail: `${start.linkError} ${instead}` });
  };
  showLinkError();

  markStep("project-open");
  // The run compiles and saves while the worker may still be installing; it waits for the
  // worker only to hand it the build (and reports it if there is none).
  void worker.then(() => markStep("worker-ready"), () => {});
  const gate = $("run-gate");
  const state = await runState;
  if (state === "hung" || state === "running") {
    gate.hidden = false;
    setStatus("Waiting for Run", "error");
    $("run-button").addEventListener("click", () => {
      gate.hidden = true;
      void runner.run();
    }, { once: true });
    resolveBooted();
  } else {
    await runner.run();
    // A successful run clears the overlay; the broken link still deserves its message.
    showLinkError();
    resolveBooted();
  }
  if (!(await worker.then(() => true, () => false))) return;
  // Caching the shell for offline use waits until the preview shows: on a first visit those
  // downloads would otherwise compete with it.
  precacheInWorker().catch((error: unknown) => log.add({ kind: "error", text: String(error) }));
  // Projects of tabs closed long ago would otherwise pile up in IndexedDB.
  void pruneProjects(id, PROJECT_MAX_AGE_MS).catch(() => {});
  if (view !== "app") void editor.upgrade();
}

function setupExamples(editor: SourceEditor, runner: ProjectRunner): void {
  const select = $<HTMLSelectElement>("examples") as HTMLSelectElement;
  const placeholder = new Option("Open an example…", "", true, true);
  placeholder.disabled = true;
  select.append(placeholder, ...Object.keys(examples).map((name) => new Option(`${name}.ts`, name)));
  select.addEventListener("change", () => {
    const source = examples[select.value];
    select.value = "";
    if (source === undefined) return;
    editor.setValue(source);
    preview.path = "/";
    void runner.edit(source, { immediate: true });
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
  publishApi({ ready, getSource: () => "", setSource: () => Promise.reject(error), previewPath: () => "/" });
  resolveBooted();
});
