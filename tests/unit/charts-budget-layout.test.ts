import { describe, expect, test } from 'vitest';
import { renderBudgetSvg } from '../../src/charts/budget/render.ts';
import { viewableSvg } from './support/svg-snapshot.ts';
import { FONT_SIZE, layoutBudget, STACK_BELOW } from '../../src/charts/budget/layout.ts';
import { textWidth } from '../../src/charts/lib/text.ts';
import { inflate, intersects, type Box, type TextMark } from '../../src/charts/lib/geometry.ts';
import { textBox } from '../../src/charts/lib/text.ts';
import { BUDGET_FIXTURE } from './fixtures/budget-chart.ts';

const WIDTHS = [320, 640, 1024];

/** Every text of a geometry, for checks that hold whatever the width. */
const textsOf = (g: ReturnType<typeof layoutBudget>): TextMark[] => [
  ...g.legend.texts,
  ...g.groupLabels,
  ...g.bars.flatMap((b) => [...b.label, b.value]),
  ...g.ticks,
  g.axisLabel,
  g.growth.text,
  ...g.discrepancy.texts,
];
const left = (t: TextMark) => t.x - (t.anchor === 'middle' ? textWidth(t.text, FONT_SIZE, t.bold) / 2 : t.anchor === 'end' ? textWidth(t.text, FONT_SIZE, t.bold) : 0);

describe('layoutBudget()', () => {
  for (const width of WIDTHS) {
    test(`layoutBudget(data, {width: ${width}}) draws as tests/unit/__svg__/budget-${width}.svg`, async () => {
      const svg = renderBudgetSvg(layoutBudget(BUDGET_FIXTURE, { width }), { idPrefix: 'b', titleId: 't', descriptionId: 'd', interactive: true });
      await expect(viewableSvg(svg)).toMatchFileSnapshot(`./__svg__/budget-${width}.svg`);
    });

    test(`layoutBudget(data, {width: ${width}}) keeps every text inside the chart`, () => {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      for (const t of textsOf(g).filter((t) => t.text)) {
        expect(left(t), t.text).toBeGreaterThanOrEqual(-0.5);
        expect(left(t) + textWidth(t.text, FONT_SIZE, t.bold), t.text).toBeLessThanOrEqual(width + 0.5);
        expect(t.y, t.text).toBeLessThanOrEqual(g.height);
      }
    });

    test(`layoutBudget(data, {width: ${width}}) draws every bar on one zero-based scale`, () => {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      const bar = (id: string) => g.bars.find((b) => b.id === id)!;
      expect(new Set(g.bars.map((b) => b.x)).size).toBe(1);
      // The Campus bar is 1,5/46 of the total bar (bars are at least 2 px wide).
      expect(bar('c16').width).toBeCloseTo(Math.max(2, (bar('n16').width * 1.5) / 46), 0);
      expect(bar('f15').width / bar('f16').width).toBeCloseTo(33.1 / 46, 2);
      expect(g.grid.find((l) => l.zero)!.x).toBe(bar('f16').x);
    });

    test(`layoutBudget(data, {width: ${width}}) gives every mark a target of at least 24 px`, () => {
      for (const b of layoutBudget(BUDGET_FIXTURE, { width }).bars) expect(b.hit.height).toBeGreaterThanOrEqual(24);
    });
  }

  test('layoutBudget(data, {width: 320}) stacks labels above bars; wider layouts use a label column', () => {
    const phone = layoutBudget(BUDGET_FIXTURE, { width: 320 });
    expect(phone.mode).toBe('stacked');
    for (const b of phone.bars) expect(b.label.at(-1)!.y).toBeLessThan(b.y);
    for (const width of [STACK_BELOW, 640, 1024]) {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      expect(g.mode).toBe('columns');
      for (const b of g.bars) expect(b.x).toBeGreaterThan(Math.max(...b.label.map((l) => l.x + textWidth(l.text, FONT_SIZE))));
    }
  });

  test('layoutBudget() never draws text below 12 px, even the 320 px phone SVG shrunk to a 288 px column', () => {
    // The no-JavaScript phone SVG is designed at 320 px and never shown below 288 px.
    for (const width of [320, ...WIDTHS]) expect(layoutBudget(BUDGET_FIXTURE, { width }).fontSize * (288 / 320)).toBeGreaterThanOrEqual(12);
  });

  test('layoutBudget() brackets the growth from the 2015 bar end to the 2016 bar end', () => {
    const g = layoutBudget(BUDGET_FIXTURE, { width: 640 });
    const f15 = g.bars.find((b) => b.id === 'f15')!;
    const f16 = g.bars.find((b) => b.id === 'f16')!;
    expect(g.growth.path).toMatch(new RegExp(`^M${f15.x + f15.width},`));
    expect(g.growth.path).toContain(`H${f16.x + f16.width}`);
    expect(g.growth.text.text).toBe('+39\u202f%');
    expect(g.growth.text.y).toBeLessThan(f16.y);
    expect(g.growth.text.y).toBeGreaterThan(f15.y + f15.height);
  });

  test('layoutBudget() puts the discrepancy callout between the two bars it links', () => {
    for (const width of WIDTHS) {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      const [a, b] = ['f16', 'n16'].map((id) => g.bars.find((bar) => bar.id === id)!);
      expect(g.discrepancy.texts[0]!.text.startsWith('Même montant')).toBe(true);
      for (const t of g.discrepancy.texts) {
        expect(t.y).toBeGreaterThan(a!.y + a!.height);
        expect(t.y).toBeLessThan(b!.y);
      }
    }
  });

  test('layoutBudget() appends the share to the part bar and marks the estimate', () => {
    const g = layoutBudget(BUDGET_FIXTURE, { width: 320 });
    expect(g.bars.find((b) => b.id === 'c16')!.value.text).toBe('1,5\u00a0M€ (≈\u00a03,3\u202f% du total)');
    expect(g.bars.filter((b) => b.estimate).map((b) => b.id)).toEqual(['f15']);
  });

  test('layoutBudget() thins the axis ticks where they would crowd', () => {
    const phone = layoutBudget(BUDGET_FIXTURE, { width: 320 }).ticks.map((t) => t.text);
    const desk = layoutBudget(BUDGET_FIXTURE, { width: 1024 }).ticks.map((t) => t.text);
    expect(desk).toEqual(['0', '10', '20', '30', '40']);
    expect(phone.length).toBeGreaterThanOrEqual(3);
    expect(phone[0]).toBe('0');
  });

  /** Property checks over many widths, phone to desktop: lines and rings keep off every text. */
  const ANY_WIDTHS = [280, 300, 320, 343, 375, 414, 480, 559, 560, 600, 640, 720, 768, 900, 1024, 1280];
  const contains = (outer: Box, inner: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

  test('layoutBudget(): no grid line or baseline runs through a text, at any width', () => {
    for (const width of ANY_WIDTHS) {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      const boxes = textsOf(g).filter((t) => t.text).map((t) => ({ t, box: textBox(t, FONT_SIZE) }));
      expect(g.grid.some((l) => l.zero), `baseline at ${width}`).toBe(true);
      for (const l of g.grid) {
        const line: Box = { x: l.x - 0.75, y: l.y1, width: 1.5, height: l.y2 - l.y1 };
        for (const { t, box } of boxes) expect(intersects(line, box), `grid x=${l.x} crosses "${t.text}" at ${width} px`).toBe(false);
      }
    }
  });

  test("layoutBudget(): a bar's keyboard focus ring crosses no text, at any width", () => {
    for (const width of ANY_WIDTHS) {
      const g = layoutBudget(BUDGET_FIXTURE, { width });
      const boxes = textsOf(g).filter((t) => t.text).map((t) => ({ t, box: textBox(t, FONT_SIZE) }));
      for (const b of g.bars) {
        // The ring: a 3 px stroke centred 1.5 px inside the hit area (render.ts, chart.css).
        const outer = b.hit;
        const inner = inflate(b.hit, -3);
        for (const { t, box } of boxes) {
          const clear = !intersects(outer, box) || contains(inner, box);
          expect(clear, `focus ring of ${b.id} crosses "${t.text}" at ${width} px`).toBe(true);
        }
      }
    }
  });
});
