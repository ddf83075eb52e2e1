/** How near an edge (px) the pointer must be before the view scrolls towards it. */
const EDGE = 48;
/** The most the view scrolls in one frame (px), reached at the edge itself or beyond it. */
const MAX_STEP = 20;

/** One axis: 0 away from the edges, and faster the nearer the pointer comes to (or passes) one of them. */
export function edgeStep(position: number, low: number, high: number): number {
  const edge = Math.min(EDGE, (high - low) / 3);
  if (position < low + edge) return -Math.ceil(MAX_STEP * Math.min(1, (low + edge - position) / edge));
  if (position > high - edge) return Math.ceil(MAX_STEP * Math.min(1, (position - high + edge) / edge));
  return 0;
}

/**
 * Scrolls while a dragged card is held near an edge: the grid's own scroller across (rooms), the window
 * up and down (times). It keeps going, frame by frame, while the pointer stays still there, and says
 * each time it moved so the drop target can be read again under the pointer.
 */
export function autoScroller(across: HTMLElement, onScrolled: () => void) {
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  // A card picked up at an edge must not run off at once: an axis scrolls only once the pointer has
  // been away from both its edges during this drag.
  const armed = { x: false, y: false };
  const tick = () => {
    frame = 0;
    if (!pointer) return;
    const box = across.getBoundingClientRect();
    let dx = edgeStep(pointer.x, Math.max(box.left, 0), Math.min(box.right, window.innerWidth));
    let dy = edgeStep(pointer.y, 0, window.innerHeight);
    armed.x ||= dx === 0;
    armed.y ||= dy === 0;
    if (!armed.x) dx = 0;
    if (!armed.y) dy = 0;
    const before = { left: across.scrollLeft, top: window.scrollY };
    if (dx) across.scrollLeft += dx;
    if (dy) window.scrollBy(0, dy);
    if (across.scrollLeft === before.left && window.scrollY === before.top) return;
    onScrolled();
    frame = requestAnimationFrame(tick);
  };
  return {
    /** The pointer moved; over a day button the view holds still, so the button stays under it. */
    follow(x: number, y: number, holdStill = false) {
      pointer = holdStill ? null : { x, y };
      if (pointer && !frame) frame = requestAnimationFrame(tick);
    },
    stop() {
      pointer = null;
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
