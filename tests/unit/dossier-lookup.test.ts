import { expect, test } from 'vitest';
import { dossierLookup } from '../../src/lib/content/dossier-lookup.ts';
import type { DatasetValue } from '../../src/content/schemas.ts';

const value: DatasetValue = { id: 'fibre', label: 'Fibre', value: 46, unit: 'M€', year: 2016, status: 'budgeted', signed: false, source: 'src-a', locator: '§4' };
const lookup = dossierLookup({
  figures: new Map([['fibre', value]]),
  sources: new Map([['src-a', { data: { publisher: 'Lyon Entreprises', title: 'Entretien', url: 'https://example.org/a' } }]]),
  quotations: new Map([['q', { data: { text: 'mot', source: 'src-a', locator: '§4' } }]]),
  datasets: [{ id: 'd', data: { events: [{ id: 'e', date: '2016', label: 'Fait', source: 'src-a', locator: '§1', figures: [] }] } }],
  comparisons: [],
});

test('one lookup answers every question charts and components ask, by id', () => {
  expect(lookup.figure('fibre')).toBe(value);
  expect(lookup.publisher('src-a')).toBe('Lyon Entreprises');
  expect(lookup.source('src-a')).toEqual({ id: 'src-a', title: 'Entretien', publisher: 'Lyon Entreprises', date: undefined, url: 'https://example.org/a' });
  expect(lookup.events('d').map((e) => e.id)).toEqual(['e']);
  expect(lookup.quote('q')?.text).toBe('mot');
});

test('an unknown id is undefined (an unknown dataset has no events), never a throw', () => {
  expect([lookup.figure('x'), lookup.publisher('x'), lookup.source('x'), lookup.comparison('x'), lookup.quote('x')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  expect(lookup.events('x')).toEqual([]);
});
