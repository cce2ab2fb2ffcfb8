import { describe, expect, test } from 'vitest';
import { budgetTableRows, buildBudgetModel } from '../../src/charts/budget/model.ts';
import { layoutBudget } from '../../src/charts/budget/layout.ts';
import { renderBudgetSvg } from '../../src/charts/budget/render.ts';
import { loadChart, loadFigureSource } from './fixtures/load-content.ts';

const chart = loadChart('budget-numerique-2016');
const dossier = loadFigureSource('budget-2016');
if (chart.kind !== 'budget') throw new Error('expected a budget chart');
const model = buildBudgetModel(chart, dossier);
const render = (width: number, interactive: boolean, idPrefix = 'c1') =>
  renderBudgetSvg(layoutBudget(model, { width }), { idPrefix, titleId: `${idPrefix}-t`, descriptionId: `${idPrefix}-d`, interactive });

describe('buildBudgetModel() on the declared budget chart', () => {
  test('draws the four amounts, the 2015 one as an estimate', () => {
    const bars = model.groups.flatMap((g) => g.bars);
    expect(bars.map((b) => [b.id, b.valueText, b.estimate])).toEqual([
      ['fibre-2015', '≈\u00a033,1\u00a0M€', true],
      ['fibre-2016', '46\u00a0M€', false],
      ['numerique-2016', '46\u00a0M€', false],
      ['campus-2016', '1,5\u00a0M€', false],
    ]);
    expect(model.max).toBe(46);
    expect(model.growth.text).toBe('+39\u202f%');
    // No share of the chapô's total: it rested on the reading the site rejects.
    expect(model.share).toBeUndefined();
  });

  test('colours the fibre, the chapô’s total and the Campus apart, without a share', () => {
    const tones = Object.fromEntries(model.groups.flatMap((g) => g.bars).map((b) => [b.id, b.tone]));
    expect(tones).toEqual({ 'fibre-2015': 'fibre', 'fibre-2016': 'fibre', 'numerique-2016': 'total', 'campus-2016': 'campus' });
    expect(model.groups.map((g) => g.label)).toEqual([
      'Fibre optique (réponse, §4)\u202f: lecture retenue',
      'Le chapô (§1)\u202f: même montant, autre lecture',
      'Campus (§6)',
    ]);
  });

  test('a declared share is still printed beside its bar', () => {
    const withShare = { ...chart, share: { figure: 'fibre-growth', part: 'campus-2016', label: 'pour essai' } };
    expect(buildBudgetModel(withShare, dossier).share).toEqual({ part: 'campus-2016', text: '(+39\u202f% pour essai)' });
  });

  test('gives each bar a tooltip with value, status, and source and locator or formula', () => {
    const byId = new Map(model.groups.flatMap((g) => g.bars).map((b) => [b.id, b.details]));
    expect(byId.get('fibre-2016')).toEqual(expect.arrayContaining(['46\u00a0M€', 'montant budgété, 2016', 'Source\u202f: Lyon Entreprises, §4']));
    expect(budgetTableRows(chart, dossier).find((r) => r.id === 'fibre-growth')!.status).toBe('variation annoncée, 2016');
    expect(byId.get('campus-2016')).toEqual(expect.arrayContaining(['autorisation de programme, 2016', 'Source\u202f: Lyon Entreprises, §1, §6']));
    const estimate = byId.get('fibre-2015')!.join(' | ');
    expect(estimate).toContain('estimation déduite, 2015');
    expect(estimate).toContain('Calcul\u202f: 46 ÷ (1 + 39 ÷ 100) ≈\u00a033,1\u00a0M€');
  });

  test('budgetTableRows() lists every bar and the growth annotation, with the chart’s values', () => {
    const rows = budgetTableRows(chart, dossier);
    expect(rows.map((r) => r.id)).toEqual(['fibre-2015', 'fibre-2016', 'numerique-2016', 'campus-2016', 'fibre-growth']);
    const bars = new Map(model.groups.flatMap((g) => g.bars).map((b) => [b.id, b.valueText]));
    for (const r of rows) if (bars.has(r.id)) expect(r.value).toBe(bars.get(r.id));
    expect(rows.find((r) => r.id === 'fibre-2015')!.status).toContain('estimation');
  });
});

describe('renderBudgetSvg()', () => {
  test('writes no style attribute (the CSP would block it) and no script', () => {
    for (const svg of [render(320, false), render(1024, true)]) {
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toMatch(/<script/i);
    }
  });

  test('renderBudgetSvg(static) is one image named by the visible title and description', () => {
    const svg = render(320, false);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="c1-t c1-d"/);
    expect(svg).not.toContain('tabindex');
  });

  test('renderBudgetSvg(interactive) has one tab stop and a named mark per bar', () => {
    const svg = render(640, true);
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    expect(svg.match(/tabindex="-1"/g)).toHaveLength(3);
    expect(svg.match(/<g class="chart-mark"[^>]*role="img"[^>]*aria-label="[^"]*Lyon Entreprises/g)?.length).toBe(3);
  });

  test('renderBudgetSvg() hatches the estimate with a pattern whose id is prefixed, so two charts never share ids', () => {
    const a = render(320, false, 'graphique-a');
    const b = render(320, false, 'graphique-b');
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a)).toEqual(['graphique-a-hatch']);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(a).toMatch(/class="chart-bar tone-fibre is-estimate"[^>]*fill="url\(#graphique-a-hatch\)"/);
  });

  test('renderBudgetSvg() escapes text', () => {
    const g = layoutBudget({ ...model, axisLabel: '<b>&"' }, { width: 640 });
    const svg = renderBudgetSvg(g, { idPrefix: 'x', titleId: 't', descriptionId: 'd', interactive: false });
    expect(svg).toContain('&#60;b&#62;&#38;&#34;');
    expect(svg).not.toContain('<b>');
  });
});
