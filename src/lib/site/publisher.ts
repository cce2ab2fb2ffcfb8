/**
 * Who publishes the site and under which terms its data may be reused, as structured data
 * and the gallery say it; and each chart's data as a schema.org Dataset.
 */
import { exportPath, GALLERY_PATH } from './embeds.ts';
import { PUBLISHER } from './site.ts';
import type { PublisherInput } from './structured-data.ts';
import { dataset } from './structured-data.ts';
import type { DataSource, DataTable } from '../data-table.ts';

/** The publisher's logo (src/pages/logo.png.ts draws it from public/favicon.svg). */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

/**
 * The license of the data files (CSV, JSON) and exports: attribution required, reuse free.
 * An editorial choice, stated in the gallery; change both together.
 */
export const DATA_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.fr' } as const;

/** The publisher for a site address. */
export function publisherFor(site: string | URL): PublisherInput {
  const logo = new URL(LOGO.path, site).href;
  return { name: PUBLISHER, url: new URL('/', site).href, logo: { url: logo, width: LOGO.width, height: LOGO.height } };
}

/** Where the gallery describes a chart: its heading's anchor, unique per chart. */
export const galleryEntryPath = (id: string): string => `${GALLERY_PATH}#graphique-${id}`;

/** What a chart's Dataset says of it. */
export interface ChartDatasetInput {
  id: string;
  title: string;
  description: string;
  /** Headers of its data files' columns. */
  columns: string[];
  /** URLs of its sources. */
  sources: string[];
}

/** A chart's data as a Dataset: its gallery entry, its CSV and JSON files, its license. */
export function chartDataset(site: string | URL, c: ChartDatasetInput): Record<string, unknown> {
  const abs = (p: string) => new URL(p, site).href;
  return dataset({
    url: abs(galleryEntryPath(c.id)),
    name: c.title,
    description: c.description,
    publisher: publisherFor(site),
    variables: c.columns,
    sources: c.sources,
    license: DATA_LICENSE.url,
    files: [
      { url: abs(exportPath(c.id, 'csv')), type: 'text/csv' },
      { url: abs(exportPath(c.id, 'json')), type: 'application/json' },
    ],
  });
}

/** What a chart's Dataset facts come from (a chart pack: src/charts/chart-files.ts). */
export interface PackFacts {
  id: string;
  copy: { title: string; description: string };
  data: Pick<DataTable, 'columns'>;
  sources: Pick<DataSource, 'url'>[];
}

/** A chart pack's Dataset facts: its copy, its files' columns, its sources' addresses. */
export function packDatasetInput(pack: PackFacts): ChartDatasetInput {
  return {
    id: pack.id,
    title: pack.copy.title,
    description: pack.copy.description,
    columns: Object.values(pack.data.columns),
    sources: [...new Set(pack.sources.flatMap((s) => (s.url ? [s.url] : [])))],
  };
}
