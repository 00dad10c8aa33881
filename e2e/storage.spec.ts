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
