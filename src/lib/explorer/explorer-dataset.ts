/** The /chiffres/ table as a schema.org Dataset with its two files, under the data license. */
import { DATA_LICENSE, publisherFor } from '../site/publisher.ts';
import { dataset } from '../site/structured-data.ts';
import { FIGURE_TABLE_COLUMNS } from './explorer-figures.ts';
import { FIGURES_PATH } from './explorer-index.ts';

/** The downloads of /chiffres/. */
export const FIGURES_FILES = { csv: `${FIGURES_PATH}chiffres.csv`, json: `${FIGURES_PATH}chiffres.json` } as const;

export function explorerDataset(site: string | URL, d: { path: string; name: string; description: string; sources: string[] }): Record<string, unknown> {
  const abs = (p: string) => new URL(p, site).href;
  return dataset({
    url: abs(d.path),
    name: d.name,
    description: d.description,
    publisher: publisherFor(site),
    variables: Object.values(FIGURE_TABLE_COLUMNS),
    sources: [...new Set(d.sources)],
    license: DATA_LICENSE.url,
    files: [
      { url: abs(FIGURES_FILES.csv), type: 'text/csv' },
      { url: abs(FIGURES_FILES.json), type: 'application/json' },
    ],
  });
}
