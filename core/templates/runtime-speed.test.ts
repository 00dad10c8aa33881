import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../util/escape-html.ts";
import { original } from "./runtime-speed.ts";
import { TemplateEngine } from "./engine.ts";

type Frame = { variables: Record<string, unknown>; set(name: string, value: unknown, resolveUp?: boolean): void; push(isolate?: boolean): Frame };
const FrameClass = (nunjucks as unknown as { runtime: { Frame: new (parent?: Frame, isolateWrites?: boolean) => Frame } }).runtime.Frame;

/** Runs the same writes through nunjucks' own Frame.set and the installed one. */
function both(writes: (frame: Frame, set: (frame: Frame, name: string, value: unknown, up?: boolean) => void) => Frame) {
  const mine = writes(new FrameClass(), (frame, name, value, up) => frame.set(name, value, up));
  const theirs = writes(new FrameClass(), (frame, name, value, up) => original.set.call(frame as never, name, value, up));
  return { mine, theirs };
}

describe("nunjucks' runtime, made faster", () => {
  it("sets plain and dotted names, and resolves up, exactly as nunjucks' own Frame.set", () => {
    const scenario = (root: Frame, set: (frame: Frame, name: string, value: unknown, up?: boolean) => void) => {
      set(root, "x", 1);
      set(root, "loop.index", 1);
      set(root, "loop.first", true);
      set(root, "a.b.c", "deep");
      const inner = root.push();
      set(inner, "x", 2, true); // resolves to root's x
      set(inner, "y", 3, true); // no frame has y: stays in inner
      set(inner, "loop.index", 2, true);
      const isolated = root.push(true);
      set(isolated, "x", 9, true); // writes never cross an isolating frame
      return root;
    };
    const { mine, theirs } = both(scenario);
    expect(mine.variables).toEqual(theirs.variables);
    expect(mine.variables).toEqual({ x: 2, loop: { index: 2, first: true }, a: { b: { c: "deep" } } });
  });

  it("escapes as the old regex replacement did, for every special character in any position", () => {
    const old = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
    const samples = ["", "plain", "&", "<<>>", `a"b'c`, "x&y<z>w", "ünï & cødé 😀 <", "\\ back", "end&", "&start", "&amp; already"];
    for (const a of samples) for (const b of samples) expect(escapeHtml(a + b)).toBe(old(a + b));
    expect(escapeHtml(42)).toBe("42");
    expect(escapeHtml(null)).toBe("null");
  });

  it("is what autoescaping and the escape filter use, as Django's escape (a backslash stays)", () => {
    expect(original.escape("\\")).toBe("&#92;");
    const engine = new TemplateEngine({ templates: { "t.html": "{{ v }}|{{ v|escape }}|{% for i in [1, 2] %}{{ loop.index }}{{ loop.last }}{% endfor %}" } });
    expect(engine.render("t.html", { v: `<a href="x\\y">&</a>` })).toBe(
      "&lt;a href=&quot;x\\y&quot;&gt;&amp;&lt;/a&gt;|&lt;a href=&quot;x\\y&quot;&gt;&amp;&lt;/a&gt;|1false2true",
    );
  });
});
