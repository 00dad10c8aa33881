/**
 * Resizable panes: dragging a splitter (or using its arrow keys) sets a CSS custom property
 * on the panes container, which the grid layout reads.
 */

/**
 * Makes `handle` resize along one axis, writing a percentage (vertical splitter, width of the
 * first pane) or pixels (horizontal splitter, height of the pane after it).
 *
 * @example
 * makeSplitter(document.getElementById("split-main")!, panes, "--editor-width", "x");
 */
export function makeSplitter(handle: HTMLElement, container: HTMLElement, property: string, axis: "x" | "y"): void {
  const apply = (clientX: number, clientY: number) => {
    const box = container.getBoundingClientRect();
    if (axis === "x") {
      const percent = ((clientX - box.left) / box.width) * 100;
      container.style.setProperty(property, `${Math.min(85, Math.max(15, percent)).toFixed(1)}%`);
    } else {
      const pixels = box.bottom - clientY;
      container.style.setProperty(property, `${Math.min(box.height - 80, Math.max(28, pixels)).toFixed(0)}px`);
    }
  };
  handle.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    document.body.classList.add("resizing");
    const move = (e: PointerEvent) => apply(e.clientX, e.clientY);
    const up = () => {
      handle.removeEventListener("pointermove", move);
      document.body.classList.remove("resizing");
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up, { once: true });
    handle.addEventListener("pointercancel", up, { once: true });
  });
  handle.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 50 : 10;
    const r = handle.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (axis === "x" && event.key === "ArrowLeft") apply(x - step, y);
    else if (axis === "x" && event.key === "ArrowRight") apply(x + step, y);
    else if (axis === "y" && event.key === "ArrowUp") apply(x, y - step);
    else if (axis === "y" && event.key === "ArrowDown") apply(x, y + step);
    else return;
    event.preventDefault();
  });
}
