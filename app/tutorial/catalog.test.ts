import { describe, expect, it } from "vitest";
import { findStep, parseTutorialPath, stepPath, type TutorialData } from "./catalog.ts";

const tutorial: TutorialData = {
  name: "t",
  title: "T",
  html: "",
  steps: ["01-a-view", "02-settings", "10-tests"].map((slug) => ({ slug, title: slug, html: "", start: "", solution: "", checks: "" })),
};

describe("tutorial addresses", () => {
  it("reads /tutorial/<name>/<step>/, with or without the step or the last slash", () => {
    expect(parseTutorialPath("/tutorial/django-in-one-file/03-url-patterns/")).toEqual({ name: "django-in-one-file", step: "03-url-patterns" });
    expect(parseTutorialPath("/tutorial/t/3")).toEqual({ name: "t", step: "3" });
    expect(parseTutorialPath("/tutorial/t/")).toEqual({ name: "t", step: null });
    for (const path of ["/", "/tutorial/", "/tutorial/T/", "/tutorial/t/a/b/", "/tutorial/../x/", "/tutorialx/t/"]) expect(parseTutorialPath(path)).toBeNull();
  });

  it("finds a step by folder name or position, the first by default, and nothing else", () => {
    expect(findStep(tutorial, null)?.slug).toBe("01-a-view");
    expect(findStep(tutorial, "02-settings")?.slug).toBe("02-settings");
    // Numbers count the steps as the page shows them ("Step 3 of 3"), not the folders' prefixes.
    expect(findStep(tutorial, "3")?.slug).toBe("10-tests");
    expect(findStep(tutorial, "2")?.slug).toBe("02-settings");
    expect(findStep(tutorial, "10")).toBeNull();
    expect(findStep(tutorial, "0")).toBeNull();
    expect(findStep(tutorial, "03-nope")).toBeNull();
    expect(stepPath("t", "02-settings")).toBe("/tutorial/t/02-settings/");
  });
});
