/**
 * The preview pane: the iframe that shows the project's own origin, and its address bar with
 * back, forward, reload and open-in-a-new-tab. The frame is cross-origin (and sandboxed), so
 * the editor cannot read where it is; after every load it asks the host page, which can.
 */
import type { HostLink } from "./host-link.ts";

/** The elements the preview pane is built from. */
export interface PreviewElements {
  frame: HTMLIFrameElement;
  address: HTMLInputElement;
  form: HTMLFormElement;
  back: HTMLButtonElement;
  forward: HTMLButtonElement;
  reload: HTMLButtonElement;
  open: HTMLButtonElement;
  /** Covers the frame while no version of the project has run (its `.why` says why). */
  empty: HTMLElement;
}

/** What the address bar shows while the frame shows another site, whose address the sandbox cannot see. */
export const ELSEWHERE = "(another site)";

/**
 * Controls one preview iframe.
 *
 * @example
 * const preview = new Preview(host, elements, (path) => openInNewTab(path));
 * await preview.show("/hello/7/"); // resolves once the page has loaded and its path is known
 */
export class Preview {
  /** The current path inside the preview (with query and fragment). */
  path = "/";
  /** Called after every page load in the frame, with its path. */
  onLoad: (path: string) => void = () => {};
  private waiters: (() => void)[] = [];

  constructor(
    private readonly host: HostLink,
    private readonly el: PreviewElements,
    openInNewTab: (path: string) => void,
  ) {
    this.listen(el.frame);
    el.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.show(normalise(el.address.value), true);
    });
    el.back.addEventListener("click", () => this.go(-1));
    el.forward.addEventListener("click", () => this.go(1));
    el.reload.addEventListener("click", () => void this.show(this.path));
    el.open.addEventListener("click", () => openInNewTab(this.path));
  }

  /** The full URL of a path inside the preview (its root for anything that would leave it, `//elsewhere/`). */
  url(path: string): string {
    const url = new URL(normalise(path), this.host.origin);
    return url.origin === this.host.origin ? url.href : `${this.host.origin}/`;
  }

  /**
   * Navigates the frame to a path inside the preview and resolves when it has loaded.
   * Re-runs after an edit replace the history entry, so Back walks the user's own clicks.
   */
  show(path = this.path, addToHistory = false): Promise<void> {
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    const target = this.url(path === ELSEWHERE ? "/" : path);
    const win = this.el.frame.contentWindow;
    // A cross-origin frame's location can be replaced or assigned, though not read.
    if (!this.el.frame.getAttribute("src") || !win) this.el.frame.src = target;
    else if (addToHistory) win.location.href = target;
    else win.location.replace(target);
    return done;
  }

  /**
   * Says why there is nothing to show, while no version of the project has run yet (its first
   * version does not compile, say); `null` removes the notice.
   *
   * @example
   * preview.notice("The code does not compile yet: fix the error under the editor.");
   */
  notice(why: string | null): void {
    this.el.empty.hidden = why === null;
    this.el.empty.querySelector(".why")!.textContent = why ?? "";
  }

  /**
   * Replaces the frame with an empty one (a project that was stopped shows nothing until it
   * runs again). A new element rather than a navigation: the old frame's process may be gone.
   */
  clear(): void {
    const fresh = this.el.frame.cloneNode(false) as HTMLIFrameElement;
    fresh.removeAttribute("src");
    this.listen(fresh);
    this.el.frame.replaceWith(fresh);
    this.el.frame = fresh;
  }

  private listen(frame: HTMLIFrameElement): void {
    frame.addEventListener("load", () => {
      if (frame === this.el.frame) void this.loaded();
    });
  }

  private go(delta: number): void {
    const win = this.el.frame.contentWindow;
    if (win) void this.host.go(win, delta).catch(() => {});
  }

  private async loaded(): Promise<void> {
    const win = this.el.frame.contentWindow;
    if (win && this.el.frame.getAttribute("src")) {
      const href = await this.host.locate(win).catch(() => null);
      if (href === null) {
        this.path = ELSEWHERE;
      } else {
        const url = new URL(href);
        this.path = url.pathname + url.search + url.hash;
      }
      this.el.address.value = this.path;
      this.onLoad(this.path);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Makes the address bar's text a path: leading slash. */
function normalise(path: string): string {
  const trimmed = path.trim();
  if (trimmed === "") return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
