import { expect, test } from "@playwright/test";
import { openWithSource, preview, previewFrame } from "./fixtures.ts";

/**
 * A project whose stream holds back its second half until `/release/` is requested, so the test
 * can see the first half arrive while the view is still producing: the worker streams, it does
 * not buffer. The gate is a promise made up front, so the order of the two requests cannot
 * deadlock it.
 */
const SOURCE = `import { App, path, HttpResponse, StreamingHttpResponse } from "onefile";

const app = new App({ DEBUG: true });

let release: () => void = () => {};
const gate = new Promise<void>((resolve) => (release = resolve));

async function* parts() {
  yield "<!doctype html><h1>Streamed</h1><p id='first'>first part</p>";
  await gate;
  yield "<p id='second'>second part</p>";
}

app.urlpatterns = [
  path("stream/", () => new StreamingHttpResponse(parts())),
  path("release/", () => {
    release();
    return "released";
  }),
  path("bytes/", () => new HttpResponse(new Uint8Array(Array.from({ length: 256 }, (_, i) => i)), { contentType: "application/octet-stream" })),
];

export default app;
`;

test("a streamed response arrives part by part, and binary bodies pass through byte for byte", async ({ page }) => {
  await openWithSource(page, SOURCE);
  // Scripts on the project's own origin reach its service worker.
  const site = await previewFrame(page);

  const first = await site.evaluate(async () => {
    const response = await fetch("/stream/");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("first part")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    // Keep reading in the background; the rest arrives only after /release/.
    (window as unknown as { rest: Promise<string> }).rest = (async () => {
      let rest = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return rest;
        rest += decoder.decode(value, { stream: true });
      }
    })();
    return text;
  });
  expect(first).toContain("first part");
  expect(first).not.toContain("second part");

  await site.evaluate(() => fetch("/release/").then((r) => r.text()));
  expect(await site.evaluate(() => (window as unknown as { rest: Promise<string> }).rest)).toContain("second part");

  // The preview pane shows a streamed page whole.
  await page.getByTestId("address").fill("/stream/");
  await page.getByTestId("address").press("Enter");
  await expect(preview(page).locator("#second")).toHaveText("second part");

  const bytes = await (await previewFrame(page)).evaluate(async () => {
    const response = await fetch("/bytes/");
    return { type: response.headers.get("content-type"), body: Array.from(new Uint8Array(await response.arrayBuffer())) };
  });
  expect(bytes.type).toBe("application/octet-stream");
  expect(bytes.body).toEqual(Array.from({ length: 256 }, (_, i) => i));
});
