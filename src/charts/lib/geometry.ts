/** Plain geometry types every chart layout returns and every renderer reads. */

/** A laid-out line of text. */
export interface TextMark {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

/** A rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two rectangles overlap (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A rectangle grown by `pad` px on every side. */
export function inflate(b: Box, pad: number): Box {
  return { x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
}

/**
 * The parts of the vertical line x = `x` from `y1` to `y2` that cross none of `boxes`
 * (each grown by `pad`); parts shorter than `minLength` are dropped.
 */
export function clearVerticalSegments(x: number, y1: number, y2: number, boxes: Box[], pad = 2, minLength = 4): { y1: number; y2: number }[] {
  const cuts = boxes
    .map((b) => inflate(b, pad))
    .filter((b) => b.x <= x && x <= b.x + b.width && b.y < y2 && b.y + b.height > y1)
    .sort((a, b) => a.y - b.y);
  const out: { y1: number; y2: number }[] = [];
  let top = y1;
  for (const c of cuts) {
    if (c.y > top) out.push({ y1: top, y2: c.y });
    top = Math.max(top, c.y + c.height);
  }
  if (top < y2) out.push({ y1: top, y2 });
  return out.filter((s) => s.y2 - s.y1 >= minLength);
}
