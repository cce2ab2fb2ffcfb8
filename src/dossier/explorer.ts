/** The dossier and its citation index, loaded once for the explorer pages. */
import { frameCopy } from '../charts/lib/frame.ts';
import { loadDossier, type Dossier } from '../lib/content/content.ts';
import { buildExplorerIndex, type ExplorerIndex } from '../lib/explorer/explorer-index.ts';
import { galleryEntryPath } from '../lib/site/publisher.ts';
import { articlePath } from '../lib/site/routes.ts';
import { oncePerBuild } from '../lib/build-cache.ts';

export interface Explorer {
  dossier: Dossier;
  index: ExplorerIndex;
}

/** The explorer, once per build (again on each request in dev). */
export const loadExplorer = oncePerBuild(build);

async function build(): Promise<Explorer> {
  const dossier = await loadDossier();
  const index = buildExplorerIndex({
    articles: dossier.articles.map((a) => ({ id: a.id, path: articlePath(a), title: a.data.title, body: a.body ?? '', sources: a.data.sources })),
    charts: [...dossier.charts.values()].map((c) => ({ id: c.id, title: frameCopy(c.data, dossier.figure).title, dataset: c.data.dataset, sources: c.data.sources, data: c.data })),
    figures: dossier.figures,
    quotations: new Map([...dossier.quotations].map(([id, q]) => [id, q.data])),
    events: new Map(dossier.datasets.map((d) => [d.id, d.data.events ?? []])),
    chartPath: galleryEntryPath,
  });
  return { dossier, index };
}
