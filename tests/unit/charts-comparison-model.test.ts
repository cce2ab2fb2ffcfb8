/** The comparison chart: its declaration's schema and checks, its model from the real data, its renderer. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { layoutComparison } from '../../src/charts/comparison/layout.ts';
import { buildComparisonModel } from '../../src/charts/comparison/model.ts';
import { itemName, renderComparisonSvg } from '../../src/charts/comparison/render.ts';
import { chartSchema, comparisonSchema, type ComparisonChartData } from '../../src/content/schemas.ts';
import { checkIntegrity, formatProblems } from '../../src/lib/content/integrity.ts';

const read = (path: string) => parse(readFileSync(path, 'utf8'));
const FILE = 'content/charts/plans-2015-2016.yaml';
const raw = () => read(FILE) as Record<string, unknown>;
const chart = chartSchema.parse(raw()) as ComparisonChartData;
const comparison = comparisonSchema.parse(read('content/data/comparaison-2015-2016.yaml'));
const quotations = read('content/quotations.yaml') as Record<string, { text: string; locator: string; speaker: string; source: string }>;
const model = buildComparisonModel(chart, comparison, (id) => quotations[id]);
const message = (input: unknown) => {
  const r = chartSchema.safeParse(input);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};

describe('chartSchema, kind: comparison', () => {
  test('accepts the declared comparison chart', () => {
    expect(message(raw())).toBe('');
  });

  test('rejects a declaration without its side headings or legend, saying what to add', () => {
    const { sides: _s, legend: _l, ...rest } = raw();
    const text = message(rest);
    expect(text).toContain('sides: a comparison chart needs `sides:` with `before:` (the 2015 heading) and `after:` (the 2016 heading)');
    expect(text).toContain('legend: a comparison chart needs `legend:` with `strong:`, `partial:`, `none:` and `unmatched:` in French');
  });

  test('rejects a legend without the word for one strength', () => {
    const r = raw();
    expect(message({ ...r, legend: { ...(r.legend as object), partial: undefined } })).toContain('legend.partial: `partial:` is missing: the legend word for a partial link, in French');
  });

  test('rejects an unknown field, listing the allowed ones', () => {
    expect(message({ ...raw(), groups: [] })).toContain('unknown field `groups` in a comparison chart: remove it or check its spelling (allowed: kind, dataset, title, description, notes, source, sources, corrections, sides, legend, unmatched)');
  });

  test('lists every kind when the kind is unknown', () => {
    expect(message({ ...raw(), kind: 'sankey' })).toContain('`kind:` must be one of budget, series, timeline, comparison');
  });
});

describe('checkIntegrity() on a comparison chart', () => {
  const set = (dataset: string) => ({
    articles: [],
    sourceIds: new Set(['lyon-entreprises-entretien-wauquiez-2016', 'rapport-queyranne-2015']),
    quotations: [],
    datasets: [],
    comparisons: [{ id: 'comparaison-2015-2016', file: 'content/data/comparaison-2015-2016.yaml', data: { ...comparison, plan: comparison.plan.map((p) => ({ ...p, quotes: [], figures: [] })), links: [], priorities: comparison.priorities } }],
    charts: [{ id: 'plans-2015-2016', file: FILE, data: { ...chart, dataset } }],
  });

  test('the declared chart and its comparison have no problem', () => {
    expect(checkIntegrity(set('comparaison-2015-2016'))).toEqual([]);
  });

  test('a chart pointing at an unknown comparison names the file, the field and the known ones', () => {
    expect(formatProblems(checkIntegrity(set('budget-2016')))).toBe(
      `${FILE} → dataset: unknown comparison "budget-2016": a comparison chart draws a comparison, use the file name of a content/data/comparaison-*.yaml without .yaml (comparaison-2015-2016)`,
    );
  });
});

describe('buildComparisonModel()', () => {
  test('keeps the five 2015 titles verbatim and numbers the priorities as the report does', () => {
    for (const [i, p] of comparison.priorities.entries()) {
      expect(model.items[i]!.label).toBe(`${i + 1}. ${p.short}`);
      expect(model.details[p.id]!.head).toContain(`«\u202f${p.title}\u202f»`);
    }
  });

  test('draws strong and partial links, and sets apart the items with none', () => {
    expect(model.links).toHaveLength(comparison.links.filter((l) => l.strength !== 'none').length);
    expect(model.items.filter((i) => i.unmatched).map((i) => i.id)).toEqual(['p2', 'reseau', 'subsidiarite']);
  });

  test('gives every link its reason, its locators and its quotations verbatim with their paragraph', () => {
    for (const l of comparison.links) {
      for (const [id, partner] of [[l.priority, l.plan], [l.plan, l.priority]] as const) {
        const e = model.details[id]!.entries.find((x) => x.head.includes(model.items.find((i) => i.id === partner)!.label))!;
        expect(e.head).toContain(`(${l.locators.before} et ${l.locators.after})`);
        expect(e.reason).toBe(e.reason.trim());
        expect(e.reason.replace(/\s/g, '')).toBe(l.reason.replace(/\s/g, ''));
        expect(e.quotes).toEqual(
          l.quotes.length ? l.quotes.map((q) => `«\u202f${quotations[q]!.text}\u202f» (${quotations[q]!.locator})`) : ['À l’appui\u202f: aucune citation de l’entretien ne l’appuie mot pour mot.'],
        );
      }
    }
  });

  test('gives an item without a counterpart the gap’s reason', () => {
    const p2 = model.details['p2']!;
    expect(p2.entries.at(-1)!.head).toBe('Sans équivalent dans l’autre plan (§18)');
    expect(p2.entries.at(-1)!.reason).toContain('solidarité numérique');
  });
});

describe('renderComparisonSvg()', () => {
  const geometry = layoutComparison(model, { width: 712 });

  test('the enhanced chart names each item with its links and reasons', () => {
    const svg = renderComparisonSvg(geometry, { titleId: 't', descriptionId: 'd', interactive: true, details: model.details });
    expect(svg).toContain('role="group"');
    expect((svg.match(/role="button"/g) ?? []).length).toBe(model.items.length);
    expect((svg.match(/tabindex="0"/g) ?? []).length).toBe(1);
    expect(itemName(model.details['p5'])).toMatch(/^Rapport Queyranne \(2015\), priorité 5.*Recoupement fort avec Infrastructures et fibre \(§18 et §4\)\. Les deux plans/);
  });

  test('the static chart is one image named by the title and the takeaway', () => {
    const svg = renderComparisonSvg(geometry, { titleId: 't', descriptionId: 'd', interactive: false });
    expect(svg).toContain('role="img" aria-labelledby="t d"');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('aria-label=');
  });
});
