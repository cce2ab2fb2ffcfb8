/**
 * /chronologie/ as data: every dated event of every dataset, each with its short label, its theme
 * (its dataset) and the articles that tell it; and the timeline chart declaration that draws them,
 * built here rather than written in content/charts. Pure.
 */
import type { DatasetEvent, TimelineChartData } from '../../content/schemas.ts';
import type { Citation, ExplorerIndex } from './explorer-index.ts';

/** One event of the chronology: a dataset event under an id unique across datasets. */
export interface ChronologyEvent {
  /** `<dataset>-<event id>`: unique on the chart. */
  key: string;
  dataset: string;
  theme: string;
  event: DatasetEvent;
  /** Short label on the chart. */
  short: string;
  /** Articles that tell it: those citing its figures, else those drawing on its dataset. */
  articles: Citation[];
}

interface DatasetIn {
  id: string;
  title: string;
  events: DatasetEvent[];
}

/**
 * Every event, in dataset order. Its short label is its `short:`, else the label a timeline chart of
 * its dataset gives it; an event with neither is an error naming the file and the field to add.
 */
export function chronologyEvents(datasets: DatasetIn[], timelines: Pick<TimelineChartData, 'dataset' | 'events'>[], index: Pick<ExplorerIndex, 'figures' | 'datasetArticles'>): ChronologyEvent[] {
  const chartLabel = new Map<string, string>();
  for (const t of timelines) for (const e of t.events) if (!chartLabel.has(`${t.dataset}/${e.event}`)) chartLabel.set(`${t.dataset}/${e.event}`, e.label);
  return datasets.flatMap((d) =>
    d.events.map((e, i) => {
      const short = e.short ?? chartLabel.get(`${d.id}/${e.id}`);
      if (!short) throw new Error(`content/data/${d.id}.yaml: events[${i}] (id "${e.id}") has no short label for /chronologie/: add \`short:\` (under 48 characters, in French), e.g. short: "Première pierre du Campus"`);
      const byFigure = e.figures.flatMap((f) => index.figures.get(f) ?? []).filter((c) => !c.href.startsWith('/graphiques/'));
      const pages = byFigure.length ? byFigure : (index.datasetArticles.get(d.id) ?? []);
      const articles = [...new Map(pages.map((c) => [c.href.split('#')[0]!, { href: c.href.split('#')[0]!, label: c.label }])).values()];
      return { key: `${d.id}-${e.id}`, dataset: d.id, theme: d.title, event: e, short, articles };
    }),
  );
}

/** The years the events span, e.g. `2012–2025`. */
export function yearSpan(events: ChronologyEvent[]): string {
  const years = events.map((e) => Number(e.event.date.slice(0, 4)));
  return `${Math.min(...years)}–${Math.max(...years)}`;
}

/** The timeline declaration of the chronology (or of one theme): the timeline kind draws it like any other. */
export function chronologyChart(events: ChronologyEvent[], theme?: string): TimelineChartData {
  const span = yearSpan(events);
  const uncertain = events.filter((e) => e.event.dateNote).length;
  const partial = events.filter((e) => !e.event.dateNote && e.event.date.length < 10).length;
  return {
    kind: 'timeline',
    dataset: events[0]?.dataset ?? 'chronologie',
    title: theme ? `${theme} : la chronologie, ${span}` : `Le dossier en dates, ${span}`,
    description: `${events.length} événements datés par nos sources, de ${span.replace('–', ' à ')}${theme ? '' : ', tous thèmes confondus'}. ${partial} ne sont connus qu’au mois ou à l’année près et ${uncertain} ont une date déduite ou approximative : ils sont dessinés comme tels.`,
    notes: ['Chaque événement renvoie à sa source et à l’endroit où elle le dit (infobulle et tableau).'],
    source: 'Sources citées pour chaque événement\u202f; compilation de la rédaction.',
    sources: [...new Set(events.map((e) => e.event.source))],
    corrections: [],
    legend: { day: 'jour connu', span: 'mois ou année seulement', uncertain: 'date déduite ou approximative' },
    events: events.map((e) => ({ event: e.key, label: e.short })),
  };
}

/** The events as the timeline kind looks them up: ids made unique across datasets. */
export const chartEvents = (events: ChronologyEvent[]): DatasetEvent[] => events.map((e) => ({ ...e.event, id: e.key }));
