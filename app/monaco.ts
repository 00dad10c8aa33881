/**
 * The Monaco editor, loaded lazily (this module is a separate chunk that the page imports only
 * after the first preview has started), with TypeScript IntelliSense for "onefile" from the
 * core's own declarations.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/typescript/register";
import { typescriptDefaults, ModuleKind, ModuleResolutionKind, ScriptTarget } from "monaco-editor/languages/features/typescript/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker?worker";
import declarations from "virtual:onefile-dts";
import { changedSpan } from "./text-span.ts";

/** What the page needs from the editor. */
export interface MonacoHandle {
  getValue(): string;
  /** Replaces the text as one undoable edit (Ctrl+Z brings the old text back). */
  setValue(source: string): void;
  onChange(listener: () => void): void;
  reveal(line: number, column: number): void;
  setError(error: { message: string; line: number; column: number } | null): void;
}

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === "typescript" || label === "javascript" ? new TsWorker() : new EditorWorker()),
};

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  strict: true,
  esModuleInterop: true,
  allowNonTsExtensions: true,
  noEmit: true,
  lib: ["es2022", "dom"],
});
for (const [path, text] of Object.entries(declarations)) typescriptDefaults.addExtraLib(text, path);

/**
 * Creates the editor in `container` with `source`, following the color scheme.
 *
 * @example
 * const editor = createMonaco(document.getElementById("editor")!, source);
 * editor.onChange(() => save(editor.getValue()));
 */
export function createMonaco(container: HTMLElement, source: string): MonacoHandle {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const model = monaco.editor.createModel(source, "typescript", monaco.Uri.parse("file:///app.ts"));
  const editor = monaco.editor.create(container, {
    model,
    theme: dark.matches ? "vs-dark" : "vs",
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    tabSize: 2,
    fixedOverflowWidgets: true,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
  });
  dark.addEventListener("change", () => monaco.editor.setTheme(dark.matches ? "vs-dark" : "vs"));
  let silent = false;
  const listeners: (() => void)[] = [];
  model.onDidChangeContent(() => {
    if (!silent) for (const listener of listeners) listener();
  });
  return {
    getValue: () => model.getValue(),
    setValue(text) {
      const old = model.getValue();
      if (text === old) return;
      // Only the part that differs is replaced: Monaco re-tokenizes and re-renders that much,
      // not the whole file, and the cursor elsewhere stays where it was.
      const { start, oldEnd, newEnd } = changedSpan(old, text);
      const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(oldEnd));
      silent = true;
      try {
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range, text: text.slice(start, newEnd) }], () => null);
        editor.pushUndoStop();
      } finally {
        silent = false;
      }
    },
    onChange: (listener) => listeners.push(listener),
    reveal(line, column) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenter(line);
      editor.focus();
    },
    setError(error) {
      const markers = error
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: error.message,
              startLineNumber: error.line,
              startColumn: error.column,
              endLineNumber: error.line,
              endColumn: error.column + 1,
            },
          ]
        : [];
      monaco.editor.setModelMarkers(model, "onefile", markers);
    },
  };
}

