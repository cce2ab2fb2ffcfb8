/** Tiny helpers to write SVG markup as text, the same way on the server and in the browser. */
import type { TextMark } from './geometry.ts';

/** Escapes text for use in markup and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** ` name="value"` for each defined attribute, escaped. */
export function attrs(a: Record<string, string | number | undefined | false>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
}

/** A `<text>` element from a laid-out text mark. */
export function textEl(t: TextMark, className: string, fontSize: number): string {
  return `<text${attrs({ class: `${className}${t.bold ? ' is-bold' : ''}`, x: t.x, y: t.y, 'text-anchor': t.anchor === 'start' ? undefined : t.anchor, 'font-size': fontSize })}>${esc(t.text)}</text>`;
}
