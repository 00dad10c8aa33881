/**
 * The source editor. A plain textarea holds the code (and is editable) from the first paint;
 * Monaco replaces it once its chunk has loaded, after the first preview has started, so the
 * preview never waits for the editor. A progress bar shows while Monaco loads.
 */
import type { MonacoHandle } from "./monaco.ts";

/** A located error to mark in the editor. */
export interface EditorError {
  message: string;
  line: number;
  column: number;
}

/**
 * The editor the page talks to, whichever implementation is live.
 *
 * @example
 * const editor = new SourceEditor(container, textarea, progress, source);
 * editor.onChange(() => pipeline.edit(editor.getValue()));
 * void editor.upgrade();
 */
export class SourceEditor {
  private monaco: MonacoHandle | null = null;
  private listeners: (() => void)[] = [];
  private pendingError: EditorError | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly textarea: HTMLTextAreaElement,
    private readonly progress: HTMLElement,
    source: string,
  ) {
    textarea.value = source;
    textarea.addEventListener("input", () => this.changed());
    textarea.addEventListener("keydown", (event) => {
      // A textarea's Tab leaves the field; in a code editor it indents.
      if (event.key === "Tab" && !event.shiftKey) {
        event.preventDefault();
        textarea.setRangeText("  ", textarea.selectionStart, textarea.selectionEnd, "end");
        this.changed();
      }
    });
  }

  /** True once Monaco has replaced the textarea. */
  get upgraded(): boolean {
    return this.monaco !== null;
  }

  /** Loads Monaco and swaps it in, keeping the text and whatever was typed meanwhile. */
  async upgrade(): Promise<void> {
    if (this.monaco) return;
    try {
      const { createMonaco } = await import("./monaco.ts");
      const host = document.createElement("div");
      host.className = "monaco-host";
      this.container.append(host);
      this.monaco = createMonaco(host, this.textarea.value);
      this.monaco.onChange(() => this.changed());
      this.monaco.setError(this.pendingError);
      this.textarea.hidden = true;
      this.container.dataset["editor"] = "monaco";
    } catch (error) {
      // The textarea keeps working; say why the rich editor is missing.
      this.progress.querySelector(".label")!.textContent = `The code editor could not load (${String(error)}); editing as plain text.`;
      this.progress.classList.add("failed");
      return;
    }
    this.progress.hidden = true;
  }

  getValue(): string {
    return this.monaco ? this.monaco.getValue() : this.textarea.value;
  }

  /** Replaces the text without firing change listeners (the caller runs the pipeline). */
  setValue(source: string): void {
    if (this.monaco) this.monaco.setValue(source);
    else this.textarea.value = source;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Moves the cursor to a 1-based line and column and shows it. */
  reveal(line: number, column: number): void {
    if (this.monaco) {
      this.monaco.reveal(line, column);
      return;
    }
    const lines = this.textarea.value.split("\n");
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i]!.length + 1;
    offset += Math.max(0, column - 1);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
  }

  /** Marks (or clears) the current compile error. */
  setError(error: EditorError | null): void {
    // Every successful run clears the error: with none marked, Monaco has nothing to redo.
    if (error === null && this.pendingError === null) return;
    this.pendingError = error;
    this.monaco?.setError(error);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
