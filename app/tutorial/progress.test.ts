import { describe, expect, it } from "vitest";
import { TutorialProgress } from "./progress.ts";

/** A Storage with localStorage's string-only behaviour, for Node (the e2e suite uses the real one). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, String(value)), map };
}

describe("TutorialProgress", () => {
  it("keeps code, done steps and the code before Solve, and reads them back", () => {
    const storage = memoryStorage();
    const progress = new TutorialProgress(storage, "t");
    progress.saveCode("01-a", "code a");
    progress.markDone("01-a");
    progress.markDone("01-a");
    progress.setBeforeSolve("02-b", "mine");
    const again = new TutorialProgress(storage, "t");
    expect([again.code("01-a"), again.isDone("01-a"), again.isDone("02-b"), again.beforeSolve("02-b")]).toEqual(["code a", true, false, "mine"]);
    again.setBeforeSolve("02-b", undefined);
    expect(new TutorialProgress(storage, "t").beforeSolve("02-b")).toBeUndefined();
    expect(new TutorialProgress(storage, "other").code("01-a")).toBeUndefined();
  });

  it("starts afresh from unreadable or foreign data, keeping only what has the right shape", () => {
    expect(new TutorialProgress(memoryStorage({ "onefile:tutorial:t": "{not json" }), "t").code("01-a")).toBeUndefined();
    const odd = new TutorialProgress(memoryStorage({ "onefile:tutorial:t": JSON.stringify({ done: ["01-a", 7], code: { "01-a": "x", "02-b": { evil: 1 } } }) }), "t");
    expect([odd.isDone("01-a"), odd.code("01-a"), odd.code("02-b")]).toEqual([true, "x", undefined]);
  });

  it("goes on in memory when storage refuses to read or write", () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("full"); } };
    const progress = new TutorialProgress(broken, "t");
    progress.saveCode("01-a", "kept");
    progress.markDone("01-a");
    expect([progress.code("01-a"), progress.isDone("01-a")]).toEqual(["kept", true]);
    expect(new TutorialProgress(null, "t").code("01-a")).toBeUndefined();
  });
});
