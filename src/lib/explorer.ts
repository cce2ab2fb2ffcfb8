/** The dossier and its citation index, loaded once for the explorer pages. */
import { frameCopy } from '../charts/lib/frame.ts';
import { loadDossier, type Dossier } from './content.ts';
import { buildExplorerIndex, type ExplorerIndex } from './explorer-index.ts';
import { galleryEntryPath } from './publisher.ts';
import { articlePath } from './routes.ts';

export interface Explorer {
  dossier: Dossier;
  index: ExplorerIndex;
}

let cached: Promise<Explorer> | undefined;

export function loadExplorer(): Promise<Explorer> {
  if (import.meta.env.DEV) return build();
  return (cached ??= build());
}

async function build(): Promise<Explorer> {
  const dossier = await loadDossier();
  const index = buildExplorerIndex({
    articles: dossier.articles.map((a) => ({ id: a.id, path: articlePath(a), title: a.data.title, body: a.body ?? '', sources: a.data.sources })),
    charts: [...dossier.charts.values()].map((c) => ({ id: c.id, title: frameCopy(c.data, (id) => dossier.figures.get(id)).title, dataset: c.data.dataset, sources: c.data.sources, data: c.data })),
    figures: dossier.figures,
    quotations: new Map([...dossier.quotations].map(([id, q]) => [id, q.data])),
    events: new Map(dossier.datasets.map((d) => [d.id, d.data.events ?? []])),
    chartPath: galleryEntryPath,
  });
  return { dossier, index };
}
