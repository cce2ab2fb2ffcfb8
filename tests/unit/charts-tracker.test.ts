/** The promise tracker: declaration schema and its fix-it errors, reference checks, model, layout, render and export. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { chartSchema, datasetSchema, quotationSchema, type DatasetData, type DatasetEvent, type QuotationData, type TrackerChartData } from '../../src/content/schemas.ts';
import { checkTrackerRefs } from '../../src/charts/tracker/checks.ts';
import { trackerExportTable } from '../../src/charts/tracker/export.ts';
import { FONT_SIZE, layoutTracker, NARROW_UNDER } from '../../src/charts/tracker/layout.ts';
import { buildTrackerModel, trackerTableRows, type TrackerSource } from '../../src/charts/tracker/model.ts';
import { renderTrackerSvg } from '../../src/charts/tracker/render.ts';
import { textWidth } from '../../src/charts/lib/text.ts';
import { describeIssues } from '../../src/lib/content/schema-errors.ts';

const events: Record<string, DatasetEvent[]> = {
  promesses: [
    { id: 'entretien', date: '2016-05-03', dateNote: 'au plus tard à cette date', label: 'Entretien.', source: 'src-a', locator: '§4', figures: ['fibre'] },
    { id: 'budget', date: '2016-04', label: 'Budget discuté.', source: 'src-b', locator: 'texte', figures: [] },
    { id: 'rallonge', date: '2022-07-27', label: 'Rallonge.', source: 'src-b', locator: 'texte', figures: [] },
  ],
  campus: [{ id: 'ouverture', date: '2017-09', label: 'Ouverture provisoire.', source: 'src-a', locator: 'histoire', figures: [] }],
};
const quotes: Record<string, QuotationData> = { 'q-fibre': { text: 'accélérer la fibre', speaker: 'L. W.', source: 'src-a', locator: '§4' } };
const source: TrackerSource = {
  figure: (id) => (id === 'fibre' ? { id: 'fibre', label: 'Fibre 2016', value: 46, unit: 'M€', year: 2016, status: 'budgeted', signed: false, source: 'src-a', locator: '§4' } : undefined),
  publisher: (id) => ({ 'src-a': 'Lyon Entreprises', 'src-b': 'Enviscope' })[id],
  events: (d) => events[d] ?? [],
  quote: (id) => quotes[id],
};
const sourceOf = (id: string) => ({ id, publisher: id === 'src-a' ? 'Lyon Entreprises' : 'Enviscope', url: `https://example.org/${id}` });

const declaration = (rows: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: 'tracker',
  dataset: 'promesses',
  title: 'Promesses',
  description: 'Ce qui a été tenu.',
  source: 'Lyon Entreprises',
  rows,
  ...extra,
});
const ROWS = [
  { id: 'fibre', promise: 'Porter la fibre à {fibre}', quote: 'q-fibre', promised: { event: 'entretien' }, events: [{ event: 'rallonge' }, { event: 'budget' }], status: 'en-partie', reason: 'Une raison, en une phrase.' },
  { id: 'campus', promise: 'Ouvrir le Campus', promised: { event: 'entretien' }, events: [{ event: 'ouverture', dataset: 'campus' }], status: 'tenue', reason: 'Il a ouvert.' },
  { id: 'reseau', promise: 'Mettre en réseau', promised: { event: 'entretien' }, status: 'inconnu', reason: 'Rien ne le mesure.' },
];
const parsed = (rows: unknown[] = ROWS) => chartSchema.parse(declaration(rows)) as TrackerChartData;
const messages = (input: unknown) => {
  const r = chartSchema.safeParse(input);
  return r.success ? [] : describeIssues('content/charts/x.yaml', r.error).map((p) => `${p.field}: ${p.message}`);
};

describe('tracker declaration schema', () => {
  test('accepts a well-formed tracker', () => {
    expect(messages(declaration(ROWS))).toEqual([]);
  });
  test('names a status outside the fixed scale, with the allowed ones', () => {
    expect(messages(declaration([{ ...ROWS[0], status: 'tenu' }])).join('\n')).toMatch(/rows\[0\]\.status.*one of tenue, en-partie, pas-tenue, inconnu/);
  });
  test('asks for a status when it is missing', () => {
    const { status: _, ...row } = ROWS[0]!;
    expect(messages(declaration([row])).join('\n')).toMatch(/rows\[0\]\.status.*`status:` is missing: our status of the commitment, on the fixed scale \(one of tenue, en-partie, pas-tenue, inconnu\)/);
  });
  test('keeps the reason to one sentence', () => {
    expect(messages(declaration([{ ...ROWS[0], reason: 'Première phrase. Deuxième phrase.' }])).join('\n')).toMatch(/rows\[0\]\.reason.*one sentence/);
  });
  test('rejects a row id used twice and a kept promise without events', () => {
    const out = messages(declaration([ROWS[0], { ...ROWS[1], id: 'fibre' }, { ...ROWS[2], status: 'tenue' }])).join('\n');
    expect(out).toMatch(/rows\[1\]\.id.*"fibre" is used twice/);
    expect(out).toMatch(/rows\[2\]\.events.*needs the dated events/);
  });
  test('names an unknown field of a row and lists the allowed ones', () => {
    expect(messages(declaration([{ ...ROWS[0], statut: 'tenue' }])).join('\n')).toMatch(/unknown field `statut` in a row.*allowed: id, promise, quote, promised, events, status, reason/);
  });
  test('keeps the promise short', () => {
    expect(messages(declaration([{ ...ROWS[0], promise: 'x'.repeat(91) }])).join('\n')).toMatch(/`promise:` is longer than 90 characters \(91 now\)/);
  });
});

describe('checkTrackerRefs()', () => {
  const datasets = Object.entries(events).map(([id, ev]) => ({ id, file: `content/data/${id}.yaml`, data: { title: id, description: id, values: [], events: ev, corrections: [] } as unknown as DatasetData }));
  const entry = (rows: unknown[]) => ({ id: 'x', file: 'content/charts/x.yaml', data: parsed(rows) });
  test('passes when every event and quotation exists', () => {
    expect(checkTrackerRefs(entry(ROWS), { datasets, quotationIds: new Set(['q-fibre']) })).toEqual([]);
  });
  test('names the field and the known ids of an unknown event, dataset or quotation', () => {
    const rows = [{ ...ROWS[0], quote: 'q-inconnue', events: [{ event: 'ouverture' }, { event: 'x', dataset: 'nulle-part' }] }];
    const out = checkTrackerRefs(entry(rows), { datasets, quotationIds: new Set(['q-fibre']) });
    expect(out.map((p) => p.field)).toEqual(['rows[0].quote', 'rows[0].events[0].event', 'rows[0].events[1].dataset']);
    expect(out[1]!.message).toContain('content/data/promesses.yaml (entretien, budget, rallonge)');
    expect(out[0]!.message).toContain('content/quotations.yaml');
  });
});

describe('buildTrackerModel()', () => {
  const model = buildTrackerModel(parsed(), source);
  test('tallies every status of the scale in order, including the empty ones', () => {
    expect(model.tally.map((t) => [t.status, t.count])).toEqual([['tenue', 1], ['en-partie', 1], ['pas-tenue', 0], ['inconnu', 1]]);
    expect(model.tally.map((t) => t.label)).toEqual(['tenue', 'en partie', 'pas tenue', 'trop tôt ou inconnu']);
  });
  test('fills figures, keeps a bounded date as a bound, sorts events by date and credits each source', () => {
    const fibre = model.rows[0]!;
    expect(fibre.promise).toBe('Porter la fibre à 46\u00a0M€');
    expect(fibre.promised.when).toBe('3 mai 2016 (au plus tard à cette date)');
    expect(fibre.promised.uncertain).toBe(true);
    expect(fibre.events.map((e) => e.id)).toEqual(['budget', 'rallonge']);
    expect(fibre.events[0]!.origin).toBe('Source\u202f: Enviscope, texte');
    expect(fibre.quote).toEqual({ id: 'q-fibre', text: 'accélérer la fibre', speaker: 'L. W.', origin: 'Source\u202f: Lyon Entreprises, §4' });
    expect(model.rows[1]!.events[0]!.when).toBe('septembre 2017');
  });
  test('throws on an unknown event rather than drawing a row without it', () => {
    expect(() => buildTrackerModel(parsed([{ ...ROWS[1], events: [{ event: 'absent' }] }]), source)).toThrow(/unknown event "absent"/);
  });
  test('table rows: one per commitment, status in words, reason and the sources of the facts', () => {
    const rows = trackerTableRows(parsed(), source);
    expect(rows.map((r) => [r.id, r.value])).toEqual([['fibre', 'en partie'], ['campus', 'tenue'], ['reseau', 'trop tôt ou inconnu']]);
    expect(rows[0]!.origin).toContain('avril 2016\u202f: Enviscope, texte');
  });
});

describe('layoutTracker()', () => {
  const model = buildTrackerModel(parsed(), source);
  for (const width of [320, 375, 720, 1024]) {
    test(`at ${width} px: segments fill the width in the scale's order, one per non-empty status`, () => {
      const g = layoutTracker(model, { width });
      expect(g.segments.map((s) => s.status)).toEqual(['tenue', 'en-partie', 'inconnu']);
      expect(g.segments.reduce((a, s) => a + s.width, 0)).toBeCloseTo(width, 0);
      for (let i = 1; i < g.segments.length; i++) expect(g.segments[i]!.x).toBeCloseTo(g.segments[i - 1]!.x + g.segments[i - 1]!.width, 0);
    });
    test(`at ${width} px: every text stays inside the chart, at ${FONT_SIZE} px, and board blocks never overlap`, () => {
      const g = layoutTracker(model, { width, board: true });
      const texts = [...g.legend, ...g.rows.flatMap((r) => [r.pillText, ...r.texts])];
      for (const t of texts) {
        expect(t.x + textWidth(t.text, FONT_SIZE, t.bold), t.text).toBeLessThanOrEqual(width + 0.5);
        expect(t.y, t.text).toBeLessThanOrEqual(g.height);
      }
      const bottoms = g.rows.map((r) => Math.max(r.pill.y + r.pill.height, ...r.texts.map((t) => t.y)));
      for (let i = 1; i < g.rows.length; i++) expect(g.rows[i]!.pill.y).toBeGreaterThan(bottoms[i - 1]!);
    });
  }
  test(`pills stack above their text under ${NARROW_UNDER} px and sit beside it above`, () => {
    const narrow = layoutTracker(model, { width: NARROW_UNDER - 1, board: true });
    const wide = layoutTracker(model, { width: NARROW_UNDER, board: true });
    expect(narrow.mode).toBe('narrow');
    expect(narrow.rows[0]!.texts[0]!.y).toBeGreaterThan(narrow.rows[0]!.pill.y + narrow.rows[0]!.pill.height);
    expect(wide.rows[0]!.texts[0]!.x).toBeGreaterThan(wide.rows[0]!.pill.width);
  });
  test('the page layout has no board; the export asks for it', () => {
    expect(layoutTracker(model, { width: 720 }).rows).toEqual([]);
    expect(layoutTracker(model, { width: 720, board: true }).rows.map((r) => r.id)).toEqual(['fibre', 'campus', 'reseau']);
  });
});

describe('renderTrackerSvg() and the export table', () => {
  const model = buildTrackerModel(parsed(), source);
  test('one mark per non-empty status; focusable and named only when interactive', () => {
    const g = layoutTracker(model, { width: 720 });
    const o = { idPrefix: 'p', titleId: 't', descriptionId: 'd' };
    const still = renderTrackerSvg(g, { ...o, interactive: false });
    const live = renderTrackerSvg(g, { ...o, interactive: true });
    expect(still.match(/class="chart-mark"/g)).toHaveLength(3);
    expect(still).not.toContain('tabindex');
    expect(live.match(/tabindex="0"/g)).toHaveLength(1);
    expect(live).toContain('aria-label="tenue\u202f: 1\u202f; Ouvrir le Campus"');
  });
  test('export: one row per commitment with ISO promise date, quotation text from the store and source addresses', () => {
    const t = trackerExportTable(parsed(), source, sourceOf);
    expect(t.rows.map((r) => r.id)).toEqual(['fibre', 'campus', 'reseau']);
    expect(t.rows[0]).toMatchObject({ status: 'en partie', promisedDate: '2016-05-03', quoteId: 'q-fibre', quote: 'accélérer la fibre', eventIds: 'budget; rallonge' });
    expect(t.rows[0]!.sourceUrls).toBe('https://example.org/src-a; https://example.org/src-b');
  });
});

describe('the published tracker, content/charts/promesses-2016.yaml', () => {
  const chart = chartSchema.parse(parse(readFileSync('content/charts/promesses-2016.yaml', 'utf8'))) as TrackerChartData;
  const datasets = readdirSync('content/data').filter((f) => f.endsWith('.yaml') && !f.startsWith('comparaison')).map((f) => ({ id: f.replace(/\.yaml$/, ''), file: `content/data/${f}`, data: datasetSchema.parse(parse(readFileSync(`content/data/${f}`, 'utf8'))) }));
  const quotations = parse(readFileSync('content/quotations.yaml', 'utf8')) as Record<string, unknown>;
  test('every event and quotation it names exists', () => {
    for (const q of Object.values(quotations)) quotationSchema.parse(q);
    expect(checkTrackerRefs({ id: 'promesses-2016', file: 'content/charts/promesses-2016.yaml', data: chart }, { datasets, quotationIds: new Set(Object.keys(quotations)) })).toEqual([]);
  });
  test('the interview is dated as a bound in every row that cites it, never as a known day', () => {
    const real: TrackerSource = {
      figure: (id) => datasets.flatMap((d) => d.data.values).find((v) => v.id === id),
      publisher: () => 'x',
      events: (d) => datasets.find((x) => x.id === d)?.data.events ?? [],
      quote: (id) => quotationSchema.parse(quotations[id]),
    };
    const rows = buildTrackerModel(chart, real).rows.filter((r) => chart.rows.find((c) => c.id === r.id)!.promised.event === 'entretien-2016');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.promised.when).toMatch(/^3 mai 2016 \(au plus tard/);
  });
});
