/**
 * The preview pane: the iframe that shows `/preview/<id>/…`, and its address bar with back,
 * forward, reload and open-in-a-new-tab. The address bar shows (and edits) the path inside the
 * preview, without the prefix, and follows every navigation inside the iframe.
 */

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

/**
 * Controls one preview iframe.
 *
 * @example
 * const preview = new Preview("k3x9q2ab", elements);
 * await preview.show("/hello/7/"); // resolves once the page has loaded
 */
export class Preview {
  /** The mount prefix, e.g. "/preview/k3x9q2ab". */
  readonly prefix: string;
  /** The current path inside the preview (with query and fragment). */
  path = "/";
  /** Called after every page load in the iframe. */
  onLoad: (path: string) => void = () => {};
  private waiters: (() => void)[] = [];

  constructor(
    id: string,
    private readonly el: PreviewElements,
  ) {
    this.prefix = `/preview/${id}`;
    el.frame.addEventListener("load", () => this.loaded());
    el.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.show(normalise(el.address.value), true);
    });
    el.back.addEventListener("click", () => this.window()?.history.back());
    el.forward.addEventListener("click", () => this.window()?.history.forward());
    el.reload.addEventListener("click", () => void this.show(this.path));
    el.open.addEventListener("click", () => window.open(this.url(this.path), "_blank", "noopener"));
  }

  /** The full URL of a path inside the preview. */
  url(path: string): string {
    return new URL(this.prefix + normalise(path), location.origin).href;
  }

  /**
   * Navigates the iframe to a path inside the preview and resolves when it has loaded.
   * Re-runs after an edit replace the history entry, so Back walks the user's own clicks.
   */
  show(path = this.path, addToHistory = false): Promise<void> {
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    const target = this.url(path);
    const win = this.window();
    if (!this.el.frame.getAttribute("src") || !win) this.el.frame.src = target;
    else if (addToHistory) win.location.assign(target);
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

  private window(): Window | null {
    return this.el.frame.contentWindow;
  }

  private loaded(): void {
    let current: Location | null = null;
    try {
      current = this.window()?.location ?? null;
    } catch {
      current = null; // A cross-origin page (a link to another site) cannot be read.
    }
    if (current && current.href !== "about:blank") {
      const inside = current.pathname.startsWith(`${this.prefix}/`) || current.pathname === this.prefix;
      this.path = inside ? current.pathname.slice(this.prefix.length) + current.search + current.hash : current.href;
      if (this.path === "") this.path = "/";
      this.el.address.value = this.path;
      this.onLoad(this.path);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Makes the address bar's text a path: leading slash, no prefix duplication. */
function normalise(path: string): string {
  const trimmed = path.trim();
  if (trimmed === "") return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
