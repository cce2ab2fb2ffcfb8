/** Each chart kind's export files from the real content: its own graphic (no CSS variables) and the rows of what it shows. */
import { readdirSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { chartExportGraphic, drawnFigures, exportTable } from '../../src/charts/exports.ts';
import type { DossierLookup } from '../../src/lib/content/dossier-lookup.ts';
import { toCsv } from '../../src/lib/data-table.ts';
import { exportSvg, token, tokensWith } from '../../src/charts/lib/export-svg.ts';
import { comparisonSchema, datasetSchema, sourceSchema, type ChartData, type DatasetValue } from '../../src/content/schemas.ts';
import { loadChart } from './fixtures/load-content.ts';
import { isComparisonFile } from '../../src/content/data-files.ts';

const yaml = (path: string) => parse(readFileSync(path, 'utf8'));
const names = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
const datasets = new Map(names('content/data').filter((n) => !isComparisonFile(n)).map((n) => [n, datasetSchema.parse(yaml(`content/data/${n}.yaml`))]));
const comparisons = new Map(names('content/data').filter(isComparisonFile).map((n) => [n, comparisonSchema.parse(yaml(`content/data/${n}.yaml`))]));
const sources = new Map(names('content/sources').map((n) => [n, sourceSchema.parse(yaml(`content/sources/${n}.yaml`))]));
const figures = new Map<string, DatasetValue>([...datasets.values()].flatMap((d) => d.values.map((v) => [v.id, v] as const)));
const quotations = yaml('content/quotations.yaml') as Record<string, { text: string; speaker: string; source: string; locator: string }>;

const dossier: DossierLookup = {
  figure: (id) => figures.get(id),
  publisher: (id) => sources.get(id)?.publisher,
  source: (id) => {
    const s = sources.get(id);
    return s ? { id, title: s.title, publisher: s.publisher, url: s.url } : undefined;
  },
  events: (id) => datasets.get(id)?.events ?? [],
  comparison: (id) => comparisons.get(id),
  quote: (id) => quotations[id],
};

const charts = names('content/charts').map((id) => ({ id, chart: loadChart(id) }));
const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;
const of = <K extends ChartData['kind']>(kind: K) => charts.filter((c) => c.chart.kind === kind).map((c) => ({ id: c.id, chart: c.chart as Extract<ChartData, { kind: K }> }));

test('the content declares a chart of every kind, so each test below runs', () => {
  expect(new Set(charts.map((c) => c.chart.kind))).toEqual(new Set(['budget', 'series', 'timeline', 'comparison', 'tracker']));
});

describe('chartExportGraphic()', () => {
  for (const { id, chart } of charts) {
    test(`${id} (${chart.kind}): its own graphic, at the desktop width, in resolved colours`, async () => {
      const g = await chartExportGraphic(chart, dossier);
      expect(g.width).toBe(720);
      expect(g.svg).toMatch(new RegExp(`^<svg[^>]*\\swidth="${g.width}" height="${g.height}"`));
      expect(`${g.svg}${g.css}`).not.toContain('var(--');
      expect(g.svg, 'static: no focusable marks').not.toContain('tabindex');
      const doc = exportSvg({ title: 'T', source: 'S', credit: 'C' }, g);
      expect(XMLValidator.validate(doc)).toBe(true);
      expect(doc).not.toContain('var(');
    });
  }

  test.each(of('budget'))('$id: one bar per declared bar, toned', async ({ chart }) => {
    const { svg, css } = await chartExportGraphic(chart, dossier);
    const bars = chart.groups.flatMap((g) => g.bars).length;
    expect(count(svg, /<g class="chart-mark"/g)).toBe(bars);
    expect(css).toContain(`.chart-bar.tone-fibre{fill:${token('--chart-fibre')}`);
  });

  test.each(of('series'))('$id: one dot per point (plus two in the legend), caveats hollow', async ({ chart }) => {
    const { svg, css } = await chartExportGraphic(chart, dossier);
    expect(count(svg, /class="series-dot/g)).toBe(chart.points.length + 2);
    expect(count(svg, /class="series-dot is-caveat"/g)).toBe(chart.points.filter((p) => p.caveat).length + 1);
    expect(css).toContain(`.series-line{fill:none;stroke:${token('--chart-fibre')}`);
    expect(css).toMatch(/\.series-dot\.is-caveat\{fill:#/);
  });

  test.each(of('timeline'))('$id: one marker per event (plus three in the legend), and the axis', async ({ chart }) => {
    const { svg, css } = await chartExportGraphic(chart, dossier);
    expect(count(svg, /<g class="chart-mark"/g)).toBe(chart.events.length);
    expect(count(svg, /class="timeline-marker/g)).toBe(chart.events.length + 3);
    expect(svg).toContain('class="timeline-axis"');
    expect(css).toContain(`.timeline-marker{fill:${token('--chart-campus')}`);
  });

  test.each(of('comparison'))('$id: one box per item and one line per drawn link, in the comparison\'s own colours', async ({ chart }) => {
    const c = comparisons.get(chart.dataset)!;
    const { svg, css } = await chartExportGraphic(chart, dossier);
    expect(count(svg, /<g class="chart-mark cmp-item"/g)).toBe(c.priorities.length + c.plan.length);
    expect(count(svg, /<path class="cmp-link/g)).toBe(c.links.filter((l) => l.strength !== 'none').length);
    const own = tokensWith(readFileSync('src/charts/comparison/comparison.css', 'utf8'));
    expect(css).toContain(`.cmp-link.is-strong{stroke:${own('--cmp-strong')}`);
    expect(own('--cmp-strong')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('exportTable()', () => {
  for (const { id, chart } of charts) {
    test(`${id}: every row fills every column, and toCsv() writes one line per row`, async () => {
      const table = await exportTable(chart, dossier);
      expect(table.rows.length).toBeGreaterThan(0);
      for (const r of table.rows) expect(Object.keys(r).sort()).toEqual(Object.keys(table.columns).sort());
      const csv = toCsv(table);
      expect(csv.split('\r\n')[0]).toBe(Object.values(table.columns).join(','));
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(table.rows.length + 1);
    });
  }

  test.each([...of('budget'), ...of('series')])('$id: one row per drawn figure, with its number', async ({ chart }) => {
    const table = await exportTable(chart, dossier);
    const drawn = drawnFigures(chart, dossier);
    expect(table.rows.map((r) => r.id)).toEqual(drawn.map((v) => v.id));
    expect(table.rows.map((r) => r.value)).toEqual(drawn.map((v) => v.value));
  });

  test.each(of('timeline'))('$id: one row per drawn event, in date order, with its source and linked figures', async ({ chart }) => {
    const table = await exportTable(chart, dossier);
    const events = dossier.events(chart.dataset);
    expect(table.rows.map((r) => r.id).sort()).toEqual(chart.events.map((e) => e.event).sort());
    const dates = table.rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
    for (const r of table.rows) {
      const e = events.find((x) => x.id === r.id)!;
      expect(r.date).toBe(e.date);
      expect(r.locator).toBe(e.locator);
      expect(r.source).toContain(sources.get(e.source)!.publisher);
      expect(r.figureIds).toBe(e.figures.join('; '));
      expect(r.dateNote === '').toBe(e.dateNote === undefined);
      expect(['jour', 'mois', 'année']).toContain(r.precision);
    }
  });

  test.each(of('comparison'))('$id: one row per link and per gap, each side filled as it applies', async ({ chart }) => {
    const c = comparisons.get(chart.dataset)!;
    const table = await exportTable(chart, dossier);
    expect(table.rows).toHaveLength(c.links.length + c.gaps.length);
    for (const l of c.links) {
      const row = table.rows.find((r) => r.priorityId === l.priority && r.planId === l.plan)!;
      expect(row.strength).toBe(chart.legend[l.strength]);
      expect(row.quotes).toBe(l.quotes.join('; '));
      expect([row.locatorBefore, row.locatorAfter]).toEqual([l.locators.before, l.locators.after]);
    }
    const gaps = table.rows.filter((r) => r.strength === chart.legend.unmatched);
    expect(gaps).toHaveLength(c.gaps.length);
    for (const g of gaps) expect(g.priorityId === '' || g.planId === '').toBe(true);
  });
});

test('toCsv() refuses a row that lacks a column', () => {
  expect(() => toCsv({ columns: { a: 'A', b: 'B' }, rows: [{ a: 1 }] })).toThrow(/no "b" column/);
});

test('tokensWith() reads a kind\'s own light tokens first, then the site\'s', () => {
  const t = tokensWith(':root {\n  --own: #123456;\n  --ink: #000001;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --own: #654321;\n  }\n}');
  expect(t('--own')).toBe('#123456');
  expect(t('--ink')).toBe('#000001');
  expect(t('--paper')).toBe(token('--paper'));
  expect(() => t('--nothing')).toThrow(/--nothing/);
});
