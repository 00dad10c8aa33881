/**
 * What a preview origin keeps, in its own IndexedDB: the project's cookie jar and the
 * SECRET_KEY it gets when it sets none. Nothing else: the sources stay on the editor origin,
 * and the build lives in the runner's memory (the editor sends it again after a reload).
 *
 * One origin holds one project, so the keys need no project id.
 */
import { createStore, get, set, del, update } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { JarState } from "./cookies.ts";

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore("onefile-preview", "kv");
  return store;
}

/**
 * Reads the project's cookie jar (empty if none, or if the record is not a jar).
 *
 * @example
 * const jar = await loadJar();
 */
export async function loadJar(): Promise<JarState> {
  const jar = await get<unknown>("jar", db());
  return jar && typeof jar === "object" && !Array.isArray(jar) ? (jar as JarState) : {};
}

/**
 * Writes the project's cookie jar; an empty jar is deleted.
 *
 * @example
 * await saveJar({ sessionid: { value: "abc" } });
 */
export function saveJar(jar: JarState): Promise<void> {
  return Object.keys(jar).length === 0 ? del("jar", db()) : set("jar", jar, db());
}

/**
 * The SECRET_KEY for a project that sets none, made once and kept, so its signed session and
 * CSRF cookies stay valid across reloads (a key made per App instance would change with every
 * run and silently empty the session).
 *
 * @example
 * app.configure({ SECRET_KEY: await projectSecretKey() });
 */
export async function projectSecretKey(): Promise<string> {
  let key = "";
  await update<unknown>(
    "secret",
    (existing) => {
      key = typeof existing === "string" && existing.length >= 32 ? existing : randomKey();
      return key;
    },
    db(),
  );
  return key;
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
