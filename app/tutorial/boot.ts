/**
 * Opening a tutorial page: the tutorials' content (a chunk of its own), the step the address
 * names, the learner's progress, and the project the steps run in. One project per tutorial
 * and browser: its preview origin (cookies, session) lasts from step to step, and its code is
 * the current step's.
 */
import { newProjectId } from "../project.ts";
import { PROJECT_ID } from "../origins.ts";
import { getRunState, loadProject, saveProject, type Project, type RunState } from "../store.ts";
import { findStep, stepPath, type StepData, type TutorialData, type TutorialRoute } from "./catalog.ts";
import { TutorialProgress } from "./progress.ts";

/** A tutorial step ready to show. */
export interface TutorialStart {
  tutorial: TutorialData;
  step: StepData;
  progress: TutorialProgress;
}

let content: Promise<TutorialData[]> | undefined;

/**
 * Starts loading the tutorials' content (call it first thing on a tutorial page).
 *
 * @example
 * void loadTutorials();
 */
export function loadTutorials(): Promise<TutorialData[]> {
  content ??= import("virtual:onefile-tutorials").then((module) => module.default);
  return content;
}

/**
 * The tutorial and step a route names, or a message saying what exists instead.
 *
 * @example
 * const opened = await openTutorial({ name: "django-in-one-file", step: "01-a-view" });
 */
export async function openTutorial(route: TutorialRoute): Promise<TutorialStart | { missing: string; links: { text: string; href: string }[] }> {
  const tutorials = await loadTutorials();
  const tutorial = tutorials.find((t) => t.name === route.name);
  const links = tutorials.map((t) => ({ text: t.title, href: stepPath(t.name, t.steps[0]!.slug) }));
  if (!tutorial) return { missing: `There is no tutorial called "${route.name}".`, links };
  const step = findStep(tutorial, route.step);
  if (!step) {
    return {
      missing: `There is no step ${route.step} in "${tutorial.title}".`,
      links: tutorial.steps.map((s, i) => ({ text: `${i + 1}. ${s.title}`, href: stepPath(tutorial.name, s.slug) })),
    };
  }
  return { tutorial, step, progress: new TutorialProgress(storage(), tutorial.name) };
}

/**
 * The project id this browser uses for a tutorial (made once, then kept).
 *
 * @example
 * tutorialProjectId("django-in-one-file"); // "3fa9c01b22de"
 */
export function tutorialProjectId(name: string): string {
  const key = `onefile:tutorial:${name}:project`;
  const store = storage();
  let id: string | null = null;
  try {
    id = store?.getItem(key) ?? null;
  } catch {
    id = null;
  }
  if (!id || !PROJECT_ID.test(id)) {
    id = newProjectId();
    try {
      store?.setItem(key, id);
    } catch {
      // Without storage, this visit gets its own project.
    }
  }
  return id;
}

/**
 * Saves `source` as the tutorial project's code and returns the project, with the state of its
 * last run when that run was of this very code (a step that hung asks before running again).
 */
export async function openTutorialProject(id: string, source: string): Promise<{ project: Project; runState?: RunState }> {
  const saved = await loadProject(id).catch(() => undefined);
  if (saved && saved.source === source) {
    const runState = await getRunState(id).catch(() => undefined);
    return runState ? { project: saved, runState } : { project: saved };
  }
  const project: Project = { id, source, version: (saved?.version ?? 0) + 1, savedAt: Date.now() };
  // Not "remembered": the plain sandbox must not open a tutorial's code as the last project.
  await saveProject(project, { remember: false });
  return { project };
}

/**
 * Shows, instead of the sandbox, that an address names no tutorial or step, with links to what exists.
 *
 * @example
 * showMissing(opened.missing, opened.links);
 */
export function showMissing(message: string, links: { text: string; href: string }[]): void {
  const box = document.createElement("main");
  box.className = "tutorial-missing";
  const title = document.createElement("h1");
  title.textContent = message;
  const list = document.createElement("ul");
  for (const link of links) {
    const item = document.createElement("li");
    const a = document.createElement("a");
    a.href = link.href;
    a.textContent = link.text;
    item.append(a);
    list.append(item);
  }
  const hint = document.createElement("p");
  hint.textContent = links.length ? "Pick one of these:" : "";
  box.append(title, hint, list);
  document.getElementById("panes")?.replaceWith(box);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
