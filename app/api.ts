/**
 * Publishes the scripting API of the sandbox contract (playwright/api.ts): `window.sandbox` for
 * scripts in the page and Playwright, and the same operations as postMessage messages for the
 * page that embeds the sandbox (`?view=embed`), and for no other window.
 */
import type { SandboxApi, SandboxMessage } from "../playwright/api.ts";
import type { TestRun } from "../core/test/runner.ts";
import { isEmbedderAllowed } from "./origins.ts";

export type { SandboxApi } from "../playwright/api.ts";

/** What the booted sandbox provides behind the API. */
export interface SandboxOperations {
  getSource(): string;
  setSource(code: string): Promise<void>;
  previewPath(): string;
  previewOrigin(): string;
  runTests(): Promise<TestRun>;
}

/** Who may script the sandbox by postMessage. */
export interface MessagePolicy {
  /** Only an embedded sandbox (`?view=embed` in a frame) answers messages, and only its parent's. */
  embedded: boolean;
  /** Space-separated origins allowed to embed (empty: any), see app/build-settings.ts. */
  allowedOrigins: string;
}

/**
 * Defines `window.sandbox` at once (call it while the page's module is first evaluated, before
 * any `await`); its methods wait for `operations`. Resolves `ready` with `ready`.
 *
 * @example
 * installApi(ready, operationsOnceBooted, { embedded: view === "embed", allowedOrigins: EMBED_ORIGINS });
 */
export function installApi(ready: Promise<void>, operations: Promise<SandboxOperations>, policy: MessagePolicy): SandboxApi {
  const api: SandboxApi = {
    ready,
    getSource: async () => (await operations).getSource(),
    setSource: async (code) => (await operations).setSource(code),
    previewPath: async () => (await operations).previewPath(),
    previewOrigin: async () => (await operations).previewOrigin(),
    runTests: async () => (await operations).runTests(),
  };
  window.sandbox = api;
  if (!policy.embedded || window.parent === window) return api;
  void ready.then(() => window.parent.postMessage({ type: "onefile:ready" }, "*"));
  window.addEventListener("message", (event: MessageEvent) => {
    // The embedding page, and only it (and only from an allowed origin when the build says so).
    if (event.source !== window.parent || !isEmbedderAllowed(event.origin, policy.allowedOrigins)) return;
    const data = event.data as SandboxMessage | null;
    if (!data || typeof data.type !== "string" || !data.type.startsWith("onefile:") || data.type === ("onefile:reply" as string)) return;
    const reply = (ok: boolean, value: unknown) => {
      const message = { type: "onefile:reply", requestId: data.requestId, ok, [ok ? "result" : "error"]: value };
      window.parent.postMessage(message, event.origin === "null" ? "*" : event.origin);
    };
    answer(api, data).then(
      (result) => reply(true, result ?? null),
      (error: unknown) => reply(false, String(error)),
    );
  });
  return api;
}

function answer(api: SandboxApi, message: SandboxMessage): Promise<unknown> {
  switch (message.type) {
    case "onefile:ready":
      return api.ready;
    case "onefile:getSource":
      return api.getSource();
    case "onefile:previewPath":
      return api.previewPath();
    case "onefile:previewOrigin":
      return api.previewOrigin();
    case "onefile:runTests":
      return api.runTests();
    case "onefile:setSource":
      if (typeof message.code !== "string") return Promise.reject(new Error("onefile:setSource needs a string `code`."));
      return api.setSource(message.code);
    default:
      return Promise.reject(new Error(`Unknown message type ${String((message as { type: unknown }).type)}.`));
  }
}
