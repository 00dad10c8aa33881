/**
 * The log panel: one line per request (method, path, status, ms) and the user's console
 * output, as the worker reports them.
 */
import type { LogEntry } from "../worker/protocol.ts";

const MAX_LINES = 500;

/**
 * Appends log entries to an `<ol>`, keeping the newest {@link MAX_LINES} and the view scrolled
 * to the bottom unless the reader scrolled up.
 *
 * @example
 * const log = new LogPanel(document.querySelector("ol")!);
 * log.add({ kind: "request", method: "GET", path: "/", status: 200, ms: 1.4 });
 */
export class LogPanel {
  constructor(private readonly list: HTMLOListElement) {}

  /** Adds one entry. */
  add(entry: LogEntry): void {
    const atBottom = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4;
    const item = document.createElement("li");
    const time = new Date().toLocaleTimeString([], { hour12: false });
    if (entry.kind === "request") {
      item.className = `request status-${Math.floor(entry.status / 100)}xx`;
      item.textContent = `${time} ${entry.method} ${entry.path} ${entry.status} ${entry.ms.toFixed(1)} ms`;
    } else if (entry.kind === "console") {
      item.className = `console ${entry.level}`;
      item.textContent = `${time} console.${entry.level}: ${entry.text}`;
    } else {
      item.className = "console error";
      item.textContent = `${time} ${entry.text}`;
    }
    this.list.append(item);
    while (this.list.childElementCount > MAX_LINES) this.list.firstElementChild?.remove();
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
  }

  /** Removes every line. */
  clear(): void {
    this.list.replaceChildren();
  }
}
