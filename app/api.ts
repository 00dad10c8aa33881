/**
 * The scripting API of the sandbox contract: `window.sandbox` for scripts in the page (and
 * Playwright), and the same operations as postMessage messages for a page that embeds the
 * sandbox in an iframe.
 *
 * Messages to the sandbox: `{ type: "onefile:getSource" | "onefile:setSource" |
 * "onefile:previewPath" | "onefile:ready", requestId, code? }`. Each gets one reply
 * `{ type: "onefile:reply", requestId, ok, result?, error? }`. When ready, the sandbox also
 * posts `{ type: "onefile:ready" }` to its parent.
 */

/** The operations `window.sandbox` offers. */
export interface SandboxApi {
  /**
   * Resolves once the first preview has shown (or the page is waiting for "Run"), and the
   * worker controls the page, so a script's own `fetch("/preview/<id>/…")` reaches it.
   */
  ready: Promise<void>;
  getSource(): string;
  /** Replaces the code; resolves when the preview shows the new code. */
  setSource(code: string): Promise<void>;
  /** The path shown in the preview, without the `/preview/<id>` prefix. */
  previewPath(): string;
}

declare global {
  interface Window {
    sandbox: SandboxApi;
  }
}

/**
 * Answers postMessage requests at once (an embedding page may ask before the sandbox has
 * booted; such requests wait for it) and publishes `window.sandbox` when the API is built.
 *
 * @example
 * installApi(booted.then(() => ({ ready, getSource, setSource, previewPath })));
 */
export function installApi(apiPromise: Promise<SandboxApi>): void {
  void apiPromise.then((api) => {
    window.sandbox = api;
    void api.ready.then(() => {
      if (window.parent !== window) window.parent.postMessage({ type: "onefile:ready" }, "*");
    });
  });
  window.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as { type?: unknown; requestId?: unknown; code?: unknown } | null;
    if (!data || typeof data.type !== "string" || !data.type.startsWith("onefile:") || data.type === "onefile:reply") return;
    const reply = (ok: boolean, value: unknown) => {
      const message = { type: "onefile:reply", requestId: data.requestId, ok, [ok ? "result" : "error"]: value };
      (event.source as WindowProxy | null)?.postMessage(message, { targetOrigin: event.origin === "null" ? "*" : event.origin });
    };
    const run = async (): Promise<unknown> => {
      const api = await apiPromise;
      switch (data.type) {
        case "onefile:ready":
          return api.ready;
        case "onefile:getSource":
          return api.getSource();
        case "onefile:previewPath":
          return api.previewPath();
        case "onefile:setSource":
          if (typeof data.code !== "string") throw new Error("onefile:setSource needs a string `code`.");
          return api.setSource(data.code);
        default:
          throw new Error(`Unknown message type ${String(data.type)}.`);
      }
    };
    run().then(
      (result) => reply(true, result ?? null),
      (error: unknown) => reply(false, String(error)),
    );
  });
}
