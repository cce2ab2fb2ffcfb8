/** The quotation store holds every quoted passage, from any source; data prose quotes nobody by hand. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { datasetSchema, quotationSchema, type DatasetData, type QuotationData } from '../../src/content/schemas.ts';
import { checkProseQuotes, checkQuotationStore, INTERVIEW_QUOTATIONS, INTERVIEW_SOURCE } from '../../src/lib/content/quotation-checks.ts';
import { quotationWords } from '../../src/lib/editorial/publish-check.ts';
import { findProseQuotes } from '../../src/lib/editorial/quote-match.ts';
import type { ContentSet } from '../../src/lib/content/integrity.ts';

const store = Object.entries(parse(readFileSync('content/quotations.yaml', 'utf8')) as Record<string, unknown>).map(([id, raw]) => ({
  id,
  file: 'content/quotations.yaml',
  data: quotationSchema.parse(raw),
}));
const set = (over: Partial<ContentSet>): ContentSet => ({ articles: [], sourceIds: new Set(), quotations: store, datasets: [], ...over });
const dataset = (values: unknown[]): DatasetData => datasetSchema.parse({ title: 'T', description: 'D', values });

describe('the quotation store', () => {
  test('holds quotations from other sources than the interview, each with an existing source and a locator', () => {
    const sources = new Set(readdirSync('content/sources').map((f) => f.replace(/\.yaml$/, '')));
    const others = store.filter((q) => q.data.source !== INTERVIEW_SOURCE);
    expect(others.map((q) => q.id)).toEqual(expect.arrayContaining(['enviscope-thd-2016', 'jarry-infrastructures', 'usine-digitale-talents', 'le-tout-lyon-premier-frein']));
    for (const q of store) {
      expect(sources.has(q.data.source), q.id).toBe(true);
      expect(q.data.locator.length).toBeGreaterThan(1);
    }
  });

  test('keeps the interview to the source brief’s passages, word for word', () => {
    const interview = store.filter((q) => q.data.source === INTERVIEW_SOURCE);
    // Word for word; French spacing before ! ? and inside « » is the typography check's to mend.
    const words = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, quotationWords(v)]));
    expect(words(Object.fromEntries(interview.map((q) => [q.id, q.data.text])))).toEqual(words(INTERVIEW_QUOTATIONS));
    expect(checkQuotationStore(set({}))).toEqual([]);
  });

  test('rejects an interview passage outside the brief, and one whose words drifted', () => {
    const extra: { id: string; file: string; data: QuotationData } = { id: 'q-inventee', file: 'content/quotations.yaml', data: { text: 'Nous ferons mieux.', source: INTERVIEW_SOURCE, locator: '§11' } };
    const drifted = { ...store.find((q) => q.id === 'q-fibre')!, data: { ...store.find((q) => q.id === 'q-fibre')!.data, text: 'accélérer la fibre pour relier tous les territoires' } };
    const messages = checkQuotationStore(set({ quotations: [...store.filter((q) => q.id !== 'q-fibre'), extra, drifted] })).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^q-inventee: "q-inventee" quotes the interview, but only the passages of the source brief may be quoted/);
    expect(messages[1]).toMatch(/^q-fibre\.text: the words of "q-fibre" differ from the source brief/);
  });

  test('a figure’s excerpt must exist and come from the figure’s own source', () => {
    const base = { label: 'L', value: 60, unit: '%', year: 2017, status: 'reported', locator: 'texte de l’article' };
    const d = dataset([
      { ...base, id: 'a', source: 'rcf-2017-05-observatoire', quote: 'rcf-bons-profils-2017' },
      { ...base, id: 'b', source: 'rcf-2017-05-observatoire', quote: 'le-tout-lyon-premier-frein' },
      { ...base, id: 'c', source: 'rcf-2017-05-observatoire', quote: 'q-absente' },
    ]);
    const messages = checkQuotationStore(set({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data: d }] })).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'values[1].quote: quotation "le-tout-lyon-premier-frein" is from le-tout-lyon-2017-05-10, but "b" is sourced to rcf-2017-05-observatoire: a figure\'s excerpt comes from its own source',
      'values[2].quote: unknown quotation id "q-absente": add it to content/quotations.yaml (text, source, locator) or fix the id',
    ]);
  });
});

describe('quoted words in data prose', () => {
  const allowed = store.map((q) => ({ id: q.id, text: q.data.text }));
  test('a passage of three words or more in « » is a quotation: stored ones are named, others flagged', () => {
    expect(findProseQuotes('La source écrit « 7 entreprises sur 10 ».', allowed, [])).toEqual([{ typed: '7 entreprises sur 10', id: 'le-tout-lyon-premier-frein' }]);
    expect(findProseQuotes('Il a dit « nous ferons tout autrement ».', allowed, [])).toEqual([{ typed: 'nous ferons tout autrement' }]);
  });
  test('names and titles are not quotations', () => {
    expect(findProseQuotes('Budget « Numérique » ; stratégie « Rhône-Alpes Numérique » ; rubrique « histoire »', allowed, [])).toEqual([]);
    expect(findProseQuotes('la délibération « Rhône-Alpes, la Région Connectée »', allowed, ['Rhône-Alpes, la Région Connectée'])).toEqual([]);
    expect(findProseQuotes('le titre « Le voile se lève sur le futur « Campus des métiers du numérique » de Charbonnières »', allowed, ['Le voile se lève sur le futur « Campus des métiers du numérique » de Charbonnières'])).toEqual([]);
  });
  test('checks every text field of datasets and charts, but not the former wordings kept in corrections', () => {
    const d = dataset([{ id: 'a', label: 'L', value: 1, unit: 'count', year: 2017, status: 'reported', source: 's', locator: '§1', note: 'La source écrit « plus de 7 000 ».' }]);
    const withCorrection = { ...d, corrections: [{ date: '2026-12-02', what: 'w', why: 'y', before: '« une phrase de trois mots »', figures: [], quotations: [] }] };
    const problems = checkProseQuotes(set({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data: withCorrection }] }));
    expect(problems.map((p) => `${p.field}: ${p.message.slice(0, 63)}`)).toEqual(['values[0].note: « plus de 7 000 » retypes the stored quotation "tribune-emplois']);
  });
  test('the real datasets show quoted words only through the store', () => {
    const datasets = readdirSync('content/data')
      .filter((f) => !f.startsWith('comparaison-'))
      .map((f) => ({ id: f, file: `content/data/${f}`, data: datasetSchema.parse(parse(readFileSync(`content/data/${f}`, 'utf8'))) }));
    // Titles of sources may stand in « » (the check's exemption).
    const sourceTitles = readdirSync('content/sources').map((f) => (parse(readFileSync(`content/sources/${f}`, 'utf8')) as { title?: string }).title).filter((t): t is string => !!t);
    expect(checkProseQuotes(set({ datasets, sourceTitles }))).toEqual([]);
    const quoted = datasets.flatMap((d) => d.data.values.filter((v) => v.quote));
    expect(quoted.length).toBeGreaterThanOrEqual(10);
  });
});
