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
  /** Whether the reader keeps the view at the bottom; kept by scroll events, so adding reads no layout. */
  private following = true;

  constructor(private readonly list: HTMLOListElement) {
    list.addEventListener("scroll", () => (this.following = list.scrollTop + list.clientHeight >= list.scrollHeight - 4), { passive: true });
  }

  /** Adds one entry. */
  add(entry: LogEntry): void {
    this.addAll([entry]);
  }

  /**
   * Adds entries in one DOM change. Nothing here forces a layout, and the time is formatted by
   * hand: a first `toLocaleTimeString` costs tens of ms (ICU) while the first preview loads.
   */
  addAll(entries: LogEntry[]): void {
    if (entries.length === 0) return;
    const time = clock(new Date());
    const items = entries.map((entry) => {
      const item = document.createElement("li");
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
      return item;
    });
    this.list.append(...items);
    while (this.list.childElementCount > MAX_LINES) this.list.firstElementChild?.remove();
    if (this.following) requestAnimationFrame(() => (this.list.scrollTop = this.list.scrollHeight));
  }

  /** Removes every line. */
  clear(): void {
    this.list.replaceChildren();
    this.following = true;
  }
}

/** `23:05:09`: the time of day, 24-hour. */
function clock(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
