/**
 * The corrections log of the loaded dossier, for pages and feeds: every entry newest first,
 * and the entries concerning each article and each chart. Computed once per build.
 */
import { allCorrections, articleCorrections, chartCorrections, type CorrectableSet, type PlacedCorrection } from '../lib/editorial/corrections.ts';
import { frameCopy } from '../charts/lib/frame.ts';
import { loadDossier } from '../lib/content/content.ts';
import { oncePerBuild } from '../lib/build-cache.ts';

export interface DossierCorrections {
  /** What the log was built from; charts' titles filled with their figures and spaced, as readers see them. */
  set: CorrectableSet;
  /** Every correction, newest first. */
  all: PlacedCorrection[];
  /** The corrections an article's readers see, by article id. */
  byArticle: Map<string, PlacedCorrection[]>;
  /** The corrections a chart's embed page and exports carry, by chart id. */
  byChart: Map<string, PlacedCorrection[]>;
}

/** The log, loaded once per build (again on each request in dev, where content changes). */
export const loadCorrections = oncePerBuild(build);

async function build(): Promise<DossierCorrections> {
  const dossier = await loadDossier();
  const { articles, datasets, comparisons, charts } = dossier;
  const titled = [...charts.values()].map((c) => ({ id: c.id, data: { ...c.data, title: frameCopy(c.data, dossier.figure).title } }));
  const set: CorrectableSet = { articles, datasets, comparisons, charts: titled };
  const all = allCorrections(set);
  return {
    set,
    all,
    byArticle: new Map(articles.map((a) => [a.id, articleCorrections(a, set, all)])),
    byChart: new Map(set.charts.map((c) => [c.id, chartCorrections(c.id, set, all)])),
  };
}
