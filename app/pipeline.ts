/**
 * The edit → save → run → preview pipeline of one tab.
 *
 * Every edit is saved to IndexedDB before anything else happens. Runs are serialised and
 * coalesced: while one run is in flight, later edits wait and only the newest is run. A run
 * compiles the source here in the page, then saves the build and marks the project "running"
 * in one transaction, so if the run never finishes (a hang the guards missed, a crash of the
 * preview) the next load offers "Run" instead of running it again; the preview origin's runner
 * evaluates the build.
 */
import { encodeShare } from "./share.ts";
import { finishRun, loadBuild, saveProject, setRunState, startRun, type Project } from "./store.ts";
import type { Build, LoadReply } from "../worker/protocol.ts";
import { HostRestartedError, type HostLink } from "./host-link.ts";
import type { SourceEditor } from "./editor.ts";
import type { ErrorOverlay } from "./overlay.ts";
import type { Preview } from "./preview.ts";

const TYPING_DELAY_MS = 250;

/**
 * Marks a step of the newest run on the performance timeline as `onefile:<step>`, replacing
 * the previous run's mark so a long session does not pile them up; bench/sandbox reads them.
 */
export function markStep(step: string): void {
  performance.clearMarks(`onefile:${step}`);
  performance.mark(`onefile:${step}`);
}

let compiler: Promise<typeof import("./compile.ts")> | undefined;

/**
 * Loads the TypeScript compiler (sucrase and acorn, its own chunk). Call it early: on a first
 * visit it loads while the service worker installs, off the path to the first preview.
 *
 * @example
 * void loadCompiler(); // at boot; Pipeline.run awaits the same promise
 */
export function loadCompiler(): Promise<typeof import("./compile.ts")> {
  compiler ??= import("./compile.ts").catch((error: unknown) => {
    compiler = undefined; // A network hiccup: the next run tries again.
    throw error;
  });
  return compiler;
}

/** How the pipeline saves: `remember` false keeps a project opened by another site out of "last". */
export interface PipelineOptions {
  remember: boolean;
  /** Called with the new share hash after each edit (the page puts it in its URL). */
  linked: (hash: string) => void;
  /** Called after each run whose preview shows (the Tests panel runs the tests again). */
  ran?: () => void;
  /** The app label a new database should use for `source` (see Build.appLabel). */
  appLabel?: (source: string) => string | undefined;
}

/**
 * Runs one tab's project.
 *
 * @example
 * const pipeline = new Pipeline(project, { editor, preview, overlay, host, status }, { remember: true, linked });
 * await pipeline.run();                                // first preview
 * await pipeline.edit(newSource, { immediate: true }); // resolves when the preview shows it
 */
export class Pipeline {
  private project: Project;
  private shown = 0;
  private looping = false;
  /** Why the newest version is not saved, while it is not. */
  private unsaved: unknown = null;
  /** True once a version has loaded in the worker, so the preview has something to show. */
  private ran = false;
  private waiters: { version: number; resolve: () => void }[] = [];
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private savedVersion: number;

  private readonly editor: SourceEditor;
  private readonly preview: Preview;
  private readonly overlay: ErrorOverlay;
  private readonly host: HostLink;
  private readonly status: (text: string, kind?: "busy" | "ok" | "error") => void;

  constructor(
    project: Project,
    parts: {
      editor: SourceEditor;
      preview: Preview;
      overlay: ErrorOverlay;
      host: HostLink;
      status: (text: string, kind?: "busy" | "ok" | "error") => void;
    },
    private readonly options: PipelineOptions,
  ) {
    this.project = project;
    this.savedVersion = project.version;
    ({ editor: this.editor, preview: this.preview, overlay: this.overlay, host: this.host, status: this.status } = parts);
  }

  get id(): string {
    return this.project.id;
  }

  get source(): string {
    return this.project.source;
  }

  /**
   * Records an edit: saves it first, then updates the link and runs it (after a short pause
   * while typing, at once for `immediate`). Resolves when the preview shows this version.
   */
  async edit(source: string, { immediate = false } = {}): Promise<void> {
    if (source === this.project.source && this.shown >= this.project.version) return;
    this.project = { ...this.project, source, version: this.project.version + 1, savedAt: Date.now() };
    const version = this.project.version;
    markStep("edit");
    // Saved first: the write is issued before anything else, and every later write waits for it.
    this.save().catch((error: unknown) => this.saveFailed(error));
    const done = new Promise<void>((resolve) => this.waiters.push({ version, resolve }));
    clearTimeout(this.typingTimer);
    if (immediate) {
      void this.loop();
      // The link follows in the next task, once the build is on its way to the runner (the
      // run has compiled and posted it by then): a reload can hardly come sooner.
      this.linkSoon();
    } else {
      // While typing, the link follows at once (a reload right after an edit must not bring
      // back older code); the run waits for a pause.
      this.options.linked(encodeShare(source));
      this.typingTimer = setTimeout(() => void this.loop(), TYPING_DELAY_MS);
    }
    return done;
  }

  private linkTimer: ReturnType<typeof setTimeout> | undefined;

  /** Updates the link to the newest source in the next task (once for a burst of edits). */
  private linkSoon(): void {
    this.linkTimer ??= setTimeout(() => {
      this.linkTimer = undefined;
      this.options.linked(encodeShare(this.project.source));
    });
  }

  /**
   * Saves the newest version, unless a save of it is already under way (a burst of keystrokes
   * costs a few writes, not one each). Writes are issued, not chained: IndexedDB runs
   * read-write transactions on the same store in the order they were created, so a later
   * write (the build, the run state) can be issued at once and still lands after this one.
   */
  private save(): Promise<void> {
    const project = this.project;
    if (this.savedVersion < project.version) {
      this.savedVersion = project.version;
      this.saving = saveProject(project, { remember: this.options.remember }).then(() => {
        if (this.savedVersion === project.version) this.unsaved = null;
      });
    }
    return this.saving;
  }

  /**
   * Storage refused a write (quota, private mode): say so, and keep saying so after the run
   * (which goes ahead: the code is in memory) until a later save succeeds.
   */
  private saveFailed(error: unknown): void {
    this.unsaved = error;
    this.overlay.show({
      title: "This edit could not be saved in the browser",
      detail: `${String(error)} The code is still in the editor; use Share to keep a link to it.`,
    });
    this.status("Not saved", "error");
  }

  /** True while a run is in flight. */
  get running(): boolean {
    return this.looping;
  }

  /** Resolves when the newest version is saved (Ctrl/Cmd+S). */
  flush(): Promise<void> {
    return this.save();
  }

  /** Runs the saved project now (the first preview, or the "Run" button). */
  run(): Promise<void> {
    const version = this.project.version;
    const done = new Promise<void>((resolve) => this.waiters.push({ version, resolve }));
    this.shown = Math.min(this.shown, version - 1);
    void this.loop();
    return done;
  }

  private async loop(): Promise<void> {
    if (this.looping) return;
    this.looping = true;
    try {
      while (this.shown < this.project.version) {
        const version = this.project.version;
        await this.runOnce();
        this.shown = version;
        this.waiters = this.waiters.filter((w) => (w.version <= version ? (w.resolve(), false) : true));
      }
    } finally {
      this.looping = false;
    }
  }

  private async runOnce(): Promise<void> {
    const project = this.project;
    const id = project.id;
    this.status("Running…", "busy");
    const started = performance.now();
    let compiled;
    try {
      compiled = (await loadCompiler()).compile(project.source);
    } catch (error) {
      this.overlay.show({ title: "The compiler could not load", detail: `${String(error)} Your code is saved; reload to try again.` });
      this.status("Error", "error");
      return;
    }
    if (!compiled.ok) {
      const { message, line, column } = compiled.error;
      // After a reload, the last version that compiled is still saved: show that one.
      if (!this.ran) await this.showSavedBuild();
      const previous = this.ran ? "The preview shows the last version that did." : "Nothing has run yet.";
      this.overlay.show({ title: message, line, column, detail: `The code does not compile. ${previous}` });
      if (!this.ran) this.preview.notice(`The code does not compile yet: fix the error at line ${line} and the preview appears here.`);
      this.editor.setError({ message, line, column });
      this.status("Error", "error");
      return;
    }
    markStep("compiled");
    // The build is kept (a reload whose code does not compile shows it) and the run marked
    // "running", so that a run that never finishes offers "Run" on the next load.
    const build: Build = { id, version: project.version, source: project.source, code: compiled.code, imports: compiled.imports, columns: compiled.columns };
    const appLabel = this.options.appLabel?.(project.source);
    if (appLabel) build.appLabel = appLabel;
    const recorded = Promise.all([this.save(), startRun(build)]);
    // The runner gets the build while those writes land; a failed write is reported, not fatal.
    recorded.then(() => markStep("run-saved"), (error: unknown) => this.saveFailed(error));
    let reply: LoadReply;
    try {
      reply = await this.host.load(build);
      // The runner took the build while the origin's service worker installed (a first
      // visit); the preview can show once that worker is up.
      if (reply.ok) await this.host.ready;
    } catch (error) {
      // The preview could not be reached: not this code's fault, unless it crashed the preview.
      if (!(error instanceof HostRestartedError)) void setRunState(id, "ok").catch(() => {});
      this.overlay.show({ title: "The preview cannot run", detail: String(error) });
      this.status("Preview unavailable", "error");
      return;
    }
    if (!reply.ok && reply.phase === "stopped") {
      // "Stop" ended it: the Run gate says why, and the run stays marked as hung.
      this.status("Stopped", "error");
      return;
    }
    if (!reply.ok) {
      const { message, line, column } = reply.error;
      this.overlay.show({ title: message, line, column, detail: "The code threw while loading." });
      if (!this.ran) this.preview.notice("The code threw while loading: fix it and the preview appears here.");
      if (line > 0) this.editor.setError({ message, line, column });
      // A run the loop guard ended hung: the next visit asks first. Others just failed.
      if (!message.startsWith("LoopGuardError")) void setRunState(id, "ok").catch(() => {});
      this.status("Error", "error");
      return;
    }
    markStep("project-loaded");
    this.ran = true;
    this.preview.notice(null);
    this.overlay.hide();
    this.editor.setError(null);
    await this.preview.show();
    markStep("preview-shown");
    // A request the guards stopped meanwhile recorded "hung"; keep that. Not awaited: the
    // preview already shows, and later writes land after this one.
    void finishRun(id).catch(() => {});
    this.status(`Ran in ${(performance.now() - started).toFixed(0)} ms`, "ok");
    if (this.unsaved) this.saveFailed(this.unsaved);
    this.options.ran?.();
  }

  /** Loads and shows the build saved last, if there is one (the current code does not compile). */
  private async showSavedBuild(): Promise<void> {
    const saved = await loadBuild(this.project.id).catch(() => undefined);
    if (!saved) return;
    const reply = await this.host.load(saved).catch(() => null);
    if (!reply?.ok || !(await this.host.ready.then(() => true, () => false))) return;
    this.ran = true;
    void this.preview.show();
  }
}
