import { describe, expect, test } from 'vitest';
import { viewableSvg } from './support/svg-snapshot.ts';
import { FONT_SIZE, layoutComparison, STACK_BELOW, type ComparisonGeometry } from '../../src/charts/comparison/layout.ts';
import type { TextMark } from '../../src/charts/lib/geometry.ts';
import { textWidth } from '../../src/charts/lib/text.ts';
import { COMPARISON_FIXTURE } from './fixtures/comparison-chart.ts';
import { renderComparisonSvg } from '../../src/charts/comparison/render.ts';

const PHONE = 367; // a 375 px screen, less the chart's focus margins
const DESKTOP = 712;

const textsOf = (g: ComparisonGeometry): TextMark[] => [
  ...g.legend.texts,
  ...g.headers,
  ...g.apart.texts,
  ...g.items.flatMap((i) => [...i.texts, ...i.children.flatMap((c) => [...c.texts, c.note])]),
];
const item = (g: ComparisonGeometry, id: string) => g.items.find((i) => i.id === id)!;

describe('layoutComparison()', () => {
  for (const width of [PHONE, DESKTOP]) {
    test(`layoutComparison(data, {width: ${width}}) draws as tests/unit/__svg__/comparison-${width}.svg`, async () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      const svg = renderComparisonSvg(g, { titleId: 't', descriptionId: 'd', interactive: true, details: COMPARISON_FIXTURE.details });
      await expect(viewableSvg(svg)).toMatchFileSnapshot(`./__svg__/comparison-${width}.svg`);
    });

    test(`layoutComparison(data, {width: ${width}}) keeps every text inside the chart and inside its box`, () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      for (const t of textsOf(g)) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(0);
        expect(t.x + textWidth(t.text, FONT_SIZE, t.bold), t.text).toBeLessThanOrEqual(width + 0.5);
        expect(t.y, t.text).toBeLessThanOrEqual(g.height);
      }
      for (const i of g.items) {
        for (const t of i.texts) {
          expect(t.x + textWidth(t.text, FONT_SIZE, t.bold), t.text).toBeLessThanOrEqual(i.x + i.width);
          expect(t.y, t.text).toBeLessThan(i.y + i.height);
        }
      }
    });

    test(`layoutComparison(data, {width: ${width}}) gives every item a target of at least 24 px, without overlaps`, () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      for (const i of g.items) expect(i.hit.height).toBeGreaterThanOrEqual(24);
      for (const a of g.items)
        for (const b of g.items) {
          if (a === b) continue;
          const overlap = a.hit.x < b.hit.x + b.hit.width && b.hit.x < a.hit.x + a.hit.width && a.hit.y < b.hit.y + b.hit.height && b.hit.y < a.hit.y + a.hit.height;
          expect(overlap, `${a.id} / ${b.id}`).toBe(false);
        }
    });

    test(`layoutComparison(data, {width: ${width}}) sets the items without a counterpart apart, below the divider`, () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      for (const i of g.items) {
        if (i.unmatched) expect(i.y, i.id).toBeGreaterThan(g.apart.y);
        else expect(i.hit.y + i.hit.height, i.id).toBeLessThan(g.apart.y);
      }
      expect(g.items.filter((i) => i.unmatched).map((i) => i.id).sort()).toEqual(['p2', 'reseau']);
      expect(g.apart.texts[0]!.text).toBe('Sans équivalent dans l’autre plan');
    });

    test(`layoutComparison(data, {width: ${width}}) draws one path per link, keeping its strength`, () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      expect(g.links.map((l) => `${l.before}-${l.after}-${l.strength}`).sort()).toEqual(['p1-usages-partial', 'p3-infra-partial', 'p3-usages-partial', 'p4-infra-strong']);
      for (const l of g.links) expect(l.path).toMatch(/^M[\d.]+,[\d.]+/);
    });
  }

  test(`layoutComparison(data, {width: ${PHONE}}) stacks: each 2015 priority in report order, its 2016 parts indented under it`, () => {
    const g = layoutComparison(COMPARISON_FIXTURE, { width: PHONE });
    expect(g.mode).toBe('stacked');
    const matched = g.items.filter((i) => i.side === 'before' && !i.unmatched);
    expect(matched.map((i) => i.id)).toEqual(['p1', 'p3', 'p4']);
    for (const i of matched) expect(i.width).toBe(PHONE);
    expect(g.items.filter((i) => i.side === 'after' && !i.unmatched)).toEqual([]);
    const p3 = item(g, 'p3');
    expect(p3.children.map((c) => `${c.after}:${c.note.text}`)).toEqual(['usages:recoupement partiel', 'infra:recoupement partiel']);
    for (const c of p3.children) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.y).toBeGreaterThan(p3.y + p3.height);
      expect(c.y + c.height).toBeLessThanOrEqual(p3.hit.y + p3.hit.height);
    }
    expect(item(g, 'p4').children[0]!.note.text).toBe('recoupement fort');
  });

  test(`layoutComparison(data, {width: ${DESKTOP}}) puts 2015 on the left, 2016 on the right, ordered to limit crossings`, () => {
    const g = layoutComparison(COMPARISON_FIXTURE, { width: DESKTOP });
    expect(g.mode).toBe('columns');
    const left = g.items.filter((i) => i.side === 'before' && !i.unmatched).sort((a, b) => a.y - b.y);
    const right = g.items.filter((i) => i.side === 'after' && !i.unmatched).sort((a, b) => a.y - b.y);
    expect(right.map((i) => i.id)).toEqual(['infra', 'usages']);
    expect(left.map((i) => i.id)).toEqual(['p4', 'p3', 'p1']);
    for (const l of left) expect(l.x + l.width).toBeLessThan(right[0]!.x - 60);
    // Links start at the right edge of the 2015 column and end at the left edge of the 2016 column.
    for (const l of g.links) {
      expect(l.path.startsWith(`M${left[0]!.x + left[0]!.width},`)).toBe(true);
      expect(l.path.endsWith(`${right[0]!.x},${l.path.split(',').at(-1)}`)).toBe(true);
    }
  });

  test('layoutComparison() switches layout at STACK_BELOW and never draws text below 14 px', () => {
    expect(layoutComparison(COMPARISON_FIXTURE, { width: STACK_BELOW - 1 }).mode).toBe('stacked');
    expect(layoutComparison(COMPARISON_FIXTURE, { width: STACK_BELOW }).mode).toBe('columns');
    expect(layoutComparison(COMPARISON_FIXTURE, { width: 280 }).fontSize).toBe(14);
  });

  test('layoutComparison() puts the legend on one line when it fits, one entry per line when not', () => {
    const wide = layoutComparison(COMPARISON_FIXTURE, { width: DESKTOP }).legend.texts;
    const phone = layoutComparison(COMPARISON_FIXTURE, { width: PHONE }).legend.texts;
    expect(new Set(wide.map((t) => t.y)).size).toBe(1);
    expect(new Set(phone.map((t) => t.y)).size).toBe(3);
  });
});

describe('renderComparisonSvg(): label in name (WCAG 2.5.3)', () => {
  for (const width of [PHONE, DESKTOP]) {
    test(`at ${width} px every item's accessible name begins with the words it shows, in the order its markup has them, spaced`, () => {
      const g = layoutComparison(COMPARISON_FIXTURE, { width });
      const svg = renderComparisonSvg(g, { titleId: 't', descriptionId: 'd', interactive: true, details: COMPARISON_FIXTURE.details });
      const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      const items = [...svg.matchAll(/<g class="chart-mark cmp-item"[^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/g>/g)];
      expect(items).toHaveLength(g.items.length);
      for (const [, label, inner] of items) {
        // What a tool reading the item's text gets: its <text> contents, with the markup's spacing.
        const shown = unescape(inner!.replace(/<text[^>]*>([^<]*)<\/text>/g, '\u0001$1\u0001').replace(/<[^>]+>/g, '').replace(/\u0001(\s*)\u0001/g, '$1').replace(/\u0001/g, ''))
          .replace(/\s+/g, ' ')
          .trim();
        expect(shown).not.toBe('');
        expect(unescape(label!).startsWith(shown), `${shown} / ${unescape(label!)}`).toBe(true);
      }
    });
  }
});
