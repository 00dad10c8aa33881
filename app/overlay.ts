/**
 * The error overlay (`data-testid=error`): compile and load errors with line:column, which
 * jump the editor to that place when clicked, and messages such as an undecodable link.
 */

/** One error or notice to show. */
export interface OverlayMessage {
  title: string;
  detail?: string;
  /** 1-based position in the user's file, when known. */
  line?: number;
  column?: number;
}

/**
 * Shows and hides messages in the overlay element.
 *
 * @example
 * overlay.show({ title: "SyntaxError: Unexpected token", line: 3, column: 7 });
 * overlay.hide();
 */
export class ErrorOverlay {
  /** Called when the reader clicks a line:column. */
  onJump: (line: number, column: number) => void = () => {};

  constructor(private readonly el: HTMLElement) {}

  /** Replaces the overlay's content with one message. */
  show(message: OverlayMessage): void {
    const heading = document.createElement("div");
    heading.className = "error-title";
    if (message.line && message.line > 0) {
      const at = document.createElement("button");
      at.type = "button";
      at.className = "error-location";
      at.textContent = `app.ts:${message.line}:${message.column ?? 1}`;
      at.title = "Show this place in the editor";
      at.addEventListener("click", () => this.onJump(message.line ?? 1, message.column ?? 1));
      heading.append(at, " ");
    }
    heading.append(message.title);
    const close = document.createElement("button");
    close.type = "button";
    close.className = "error-close";
    close.textContent = "×";
    close.title = "Dismiss";
    close.setAttribute("aria-label", "Dismiss");
    close.addEventListener("click", () => this.hide());
    this.el.replaceChildren(close, heading);
    if (message.detail) {
      const detail = document.createElement("p");
      detail.className = "error-detail";
      detail.textContent = message.detail;
      this.el.append(detail);
    }
    this.el.hidden = false;
  }

  /** Hides the overlay. */
  hide(): void {
    this.el.hidden = true;
    this.el.replaceChildren();
  }

  /** True while a message shows. */
  get visible(): boolean {
    return !this.el.hidden;
  }
}
