/**
 * The dossier as one lookup object: what charts, exports and components ask of it, by id.
 * `loadDossier()` returns it (with the collections); tests build it from plain entries. Pure.
 */
import type { ComparisonData, DatasetEvent, DatasetValue, QuotationData, SourceData } from '../../content/schemas.ts';
import type { DataSource } from '../data-table.ts';

export interface DossierLookup {
  /** A figure (dataset value) by id. */
  figure: (id: string) => DatasetValue | undefined;
  /** Publisher of a source id, as cited in tooltips. */
  publisher: (sourceId: string) => string | undefined;
  /** A source as data files cite it. */
  source: (id: string) => DataSource | undefined;
  /** A dataset's dated events; empty if it has none (or is unknown). */
  events: (dataset: string) => DatasetEvent[];
  /** A comparison by id (its file name in content/data). */
  comparison: (id: string) => ComparisonData | undefined;
  /** A quotation of the store. */
  quote: (id: string) => QuotationData | undefined;
}

/** What the lookup is built from: entries by id, as collections give them. */
export interface LookupParts {
  figures: ReadonlyMap<string, DatasetValue>;
  sources: ReadonlyMap<string, { data: SourceData }>;
  quotations: ReadonlyMap<string, { data: QuotationData }>;
  datasets: readonly { id: string; data: { events: DatasetEvent[] } }[];
  comparisons: readonly { id: string; data: ComparisonData }[];
}

export function dossierLookup(parts: LookupParts): DossierLookup {
  return {
    figure: (id) => parts.figures.get(id),
    publisher: (id) => parts.sources.get(id)?.data.publisher,
    source: (id) => {
      const s = parts.sources.get(id)?.data;
      return s ? { id, title: s.title, publisher: s.publisher, date: s.date, url: s.url } : undefined;
    },
    events: (dataset) => parts.datasets.find((d) => d.id === dataset)?.data.events ?? [],
    comparison: (id) => parts.comparisons.find((c) => c.id === id)?.data,
    quote: (id) => parts.quotations.get(id)?.data,
  };
}
