/**
 * The edit → save → run → preview pipeline of one tab.
 *
 * Every edit is saved to IndexedDB before anything else happens. Runs are serialised and
 * coalesced: while one run is in flight, later edits wait and only the newest is run. A run
 * marks the project "running" first, so if the page dies mid-run (an endless loop the guards
 * missed) the next load offers "Run" instead of hanging again.
 */
import { encodeShare } from "./share.ts";
import { finishRun, saveProject, setRunState, type Project } from "../worker/store.ts";
import { loadInWorker } from "./sw-client.ts";
import type { SourceEditor } from "./editor.ts";
import type { ErrorOverlay } from "./overlay.ts";
import type { Preview } from "./preview.ts";

const TYPING_DELAY_MS = 250;

/**
 * Runs one tab's project.
 *
 * @example
 * const session = new Session(project, editor, preview, overlay, setStatus);
 * await session.run();                              // first preview
 * await session.edit(newSource, { immediate: true }); // resolves when the preview shows it
 */
export class Session {
  private project: Project;
  private shown = 0;
  private looping = false;
  private waiters: { version: number; resolve: () => void }[] = [];
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private savedVersion: number;

  constructor(
    project: Project,
    private readonly editor: SourceEditor,
    private readonly preview: Preview,
    private readonly overlay: ErrorOverlay,
    private readonly status: (text: string, kind?: "busy" | "ok" | "error") => void,
  ) {
    this.project = project;
    this.savedVersion = project.version;
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
    await this.save();
    // The link follows at once (a reload right after an edit must not bring back older code),
    // replacing the history entry so edits never pile up behind the Back button.
    if (version === this.project.version) {
      history.replaceState(history.state, "", `${location.pathname}${location.search}#${encodeShare(source)}`);
    }
    const done = new Promise<void>((resolve) => this.waiters.push({ version, resolve }));
    clearTimeout(this.typingTimer);
    if (immediate) void this.loop();
    else this.typingTimer = setTimeout(() => void this.loop(), TYPING_DELAY_MS);
    return done;
  }

  /**
   * Saves the newest version. Saves are chained, and a save that finds the newest version
   * already written does nothing, so a burst of keystrokes costs a few writes, not one each.
   */
  private save({ running = false } = {}): Promise<void> {
    this.saving = this.saving.then(async () => {
      const project = this.project;
      if (this.savedVersion >= project.version) {
        if (running) await setRunState(project.id, "running");
        return;
      }
      // A run marks itself "running" in the same transaction as the save it needs.
      await saveProject(project, { running });
      this.savedVersion = project.version;
    });
    return this.saving;
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
    const id = this.project.id;
    // The worker rebuilds from IndexedDB after a restart: the version being run must be there,
    // marked "running" so that a page dying mid-run offers "Run" on the next load.
    await this.save({ running: true });
    this.status("Running…", "busy");
    const project = this.project;
    let reply;
    try {
      reply = await loadInWorker(id, project.version, project.source);
    } catch (error) {
      await setRunState(id, "ok"); // Not a hang: the worker could not be reached.
      this.overlay.show({ title: "The preview cannot run", detail: String(error) });
      this.status("Error", "error");
      return;
    }
    if (!reply.ok) {
      const { message, line, column } = reply.error;
      this.overlay.show({ title: message, line, column, detail: reply.phase === "compile" ? "The code does not compile. The preview shows the last version that did." : "The code threw while loading." });
      if (line > 0) this.editor.setError({ message, line, column });
      if (!message.startsWith("LoopGuardError")) await setRunState(id, "ok");
      this.status("Error", "error");
      return;
    }
    performance.mark("onefile:project-loaded");
    this.overlay.hide();
    this.editor.setError(null);
    await this.preview.show();
    performance.mark("onefile:preview-shown");
    // The worker records "hung" before answering a request its guards stopped; keep that.
    await finishRun(id);
    this.status(`Ran in ${reply.ms.toFixed(0)} ms`, "ok");
  }
}
