/**
 * The examples menu: it shows which example is open (while its code is unchanged), and asks
 * before it replaces code that is not an unchanged example.
 */
import { examples } from "./examples.ts";

/**
 * Builds the menu in `select`. `open` replaces the code; `source` reads it.
 *
 * @example
 * const menu = new ExamplesMenu(select, { source: () => editor.getValue(), open: (code) => pipeline.edit(code) });
 * menu.sync(); // after every edit
 */
export class ExamplesMenu {
  private readonly placeholder = new Option("Open an example…", "", true, true);
  private opened: string | null = null;

  constructor(
    private readonly select: HTMLSelectElement,
    private readonly code: { source: () => string; open: (source: string) => void; confirm?: (question: string) => boolean },
  ) {
    this.placeholder.disabled = true;
    select.append(this.placeholder, ...Object.keys(examples).map((name) => new Option(`${name}.ts`, name)));
    select.addEventListener("change", () => this.choose(select.value));
    this.sync();
  }

  /** Shows the example whose code the editor holds, or says that the open one was edited. */
  sync(): void {
    const current = this.code.source();
    const name = Object.keys(examples).find((key) => examples[key] === current) ?? null;
    if (name) this.opened = name;
    this.placeholder.textContent = !name && this.opened ? `${this.opened}.ts (edited)` : "Open an example…";
    this.select.value = name ?? "";
  }

  private choose(name: string): void {
    const source = examples[name];
    if (source === undefined) return;
    const current = this.code.source();
    const unchanged = current.trim() === "" || Object.values(examples).includes(current);
    const ask = this.code.confirm ?? ((question: string) => window.confirm(question));
    if (!unchanged && !ask(`Replace your code with the example ${name}.ts? (Ctrl+Z in the editor brings your code back.)`)) {
      this.sync();
      return;
    }
    this.opened = name;
    this.code.open(source);
    this.sync();
  }
}
