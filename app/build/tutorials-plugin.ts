/**
 * `virtual:onefile-tutorials`: every tutorial in `tutorials/`, read and checked at build time
 * (app/build/tutorials.ts), with its prose already rendered to safe HTML. The sandbox imports it
 * only on `/tutorial/…` pages, so the plain sandbox never downloads it.
 */
import type { Plugin } from "vite";
import { join } from "node:path";
import type { TutorialData } from "../tutorial/catalog.ts";
import { readTutorials } from "./tutorials.ts";

const ID = "virtual:onefile-tutorials";

/**
 * The Vite plugin; `root` is the repository.
 *
 * @example
 * ```ts
 * plugins: [tutorialsPlugin(root)]
 * ```
 */
export function tutorialsPlugin(root: string): Plugin {
  const dir = join(root, "tutorials");
  return {
    name: "onefile-tutorials",
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load(source) {
      if (source !== `\0${ID}`) return null;
      const read = readTutorials(dir);
      // Rebuild when a tutorial's file changes (npm run dev).
      for (const tutorial of read) for (const step of tutorial.steps) this.addWatchFile(step.dir);
      const tutorials: TutorialData[] = read.map((tutorial) => ({
        name: tutorial.name,
        title: tutorial.title,
        html: tutorial.html,
        steps: tutorial.steps.map(({ slug, title, html, start, solution, checks }) => ({ slug, title, html, start, solution, checks })),
      }));
      return `export default ${JSON.stringify(tutorials)};`;
    },
  };
}
