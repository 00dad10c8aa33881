import { expect, test } from "@playwright/test";
import { expectHeading, openWithSource, setSource, siteSource, waitReady } from "./fixtures.ts";

test("an edit the browser refuses to store is run anyway, and the page says it is not saved", async ({ page }) => {
  await openWithSource(page, siteSource("Saved"));
  // Storage that is full: every IndexedDB write of the page fails while `failWrites` is set.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if ((window as unknown as { failWrites?: boolean }).failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
    (window as unknown as { failWrites: boolean }).failWrites = true;
  });
  await setSource(page, siteSource("Not stored"));
  await expectHeading(page, "Not stored");
  const overlay = page.getByTestId("error");
  await expect(overlay).toContainText("This edit could not be saved in the browser");
  await expect(overlay).toContainText("QuotaExceededError");
  await expect(page.locator("#status")).toHaveText("Not saved");

  // Space again: the next edit is saved, the warning goes, and a reload brings it back.
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
  await setSource(page, siteSource("Stored again"));
  await expect(overlay).toBeHidden();
  await expect(page.locator("#status")).toContainText("Ran in");
  await page.goto("/");
  await waitReady(page);
  await expectHeading(page, "Stored again");
});

test("projects no tab has edited for 30 days are deleted; recent ones stay", async ({ page }) => {
  await openWithSource(page, siteSource("Current"));
  const day = 24 * 60 * 60 * 1000;
  const kv = (run: string) =>
    page.evaluate(
      ([run, day]) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open("onefile-sandbox");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction("kv", "readwrite").objectStore("kv");
            const project = (id: string, age: number) => ({ id, source: "// old", version: 1, savedAt: Date.now() - age * (day as number) });
            if (run === "seed") {
              for (const kind of ["build", "run", "jar", "secret"]) store.put("x", `${kind}:oldproject1`);
              store.put(project("oldproject1", 40), "project:oldproject1");
              store.put(project("recentproj1", 1), "project:recentproj1");
              store.transaction.oncomplete = () => resolve(null);
            } else {
              const keys = store.getAllKeys();
              keys.onsuccess = () => resolve(keys.result);
            }
          };
        }),
      [run, day] as const,
    );
  await kv("seed");
  await page.reload();
  await waitReady(page);
  await expect.poll(async () => ((await kv("keys")) as string[]).filter((key) => key.includes("oldproject1"))).toEqual([]);
  const keys = (await kv("keys")) as string[];
  const current = await page.evaluate(() => sessionStorage.getItem("onefile.projectId"));
  expect(keys).toContain("project:recentproj1");
  expect(keys).toContain(`project:${current}`);
});

test("a damaged saved project gives a clear message, is kept aside, and the sandbox starts from a fresh copy", async ({ page }) => {
  await openWithSource(page, siteSource("Before the damage"));
  const id = new URL(await page.evaluate(() => window.sandbox.previewOrigin())).hostname.split(".")[0]!;
  // What a broken write or a hand edit could leave: a record that is not a project.
  const kv = (run: "damage" | "read") =>
    page.evaluate(
      ([run, id]) =>
        new Promise<[string, unknown][]>((resolve, reject) => {
          const open = indexedDB.open("onefile-sandbox");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction("kv", "readwrite").objectStore("kv");
            if (run === "damage") {
              store.put({ id, source: 42, version: "x" }, `project:${id}`);
              store.transaction.oncomplete = () => resolve([]);
              return;
            }
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => resolve((keys.result as string[]).map((key, i) => [key, values.result[i]]));
          };
        }),
      [run, id] as const,
    );
  await kv("damage");
  await page.goto("/");
  await waitReady(page);
  const overlay = page.getByTestId("error");
  await expect(overlay).toContainText("The saved code could not be read.");
  await expect(overlay).toContainText(`kept aside (as corrupt:${id}:`);
  // The editor holds real code (never "undefined" or "42"), and the preview runs it.
  const source = await page.evaluate(() => window.sandbox.getSource());
  expect(source).toContain("new App(");
  await expect(page.locator("#status")).toContainText("Ran in");
  // Nothing lost: the damaged record is kept, whole, beside the fresh project.
  const records = await kv("read");
  const aside = records.filter(([key]) => key.startsWith(`corrupt:${id}:`));
  expect(aside.map(([, value]) => value)).toEqual([{ id, source: 42, version: "x" }]);
  expect(records.find(([key]) => key === `project:${id}`)?.[1]).toMatchObject({ id, source });
});
