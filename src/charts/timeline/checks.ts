/** Checks of a timeline declaration against its dataset's events. Pure. */
import type { Problem } from '../../lib/content/problems.ts';
import type { KindCheckContext, KindEntry } from '../kind.ts';
import type { TimelineChartData } from './schema.ts';

/** Every event a timeline lists exists in its dataset's `events:`. */
export function checkTimelineEvents({ data, file }: KindEntry<TimelineChartData>, { datasets }: Pick<KindCheckContext, 'datasets'>): Problem[] {
  const dataset = datasets.find((d) => d.id === data.dataset);
  if (!dataset) return []; // the unknown dataset is reported on its own
  const known = new Set(dataset.data.events.map((e) => e.id));
  return data.events.flatMap((e, i) =>
    known.has(e.event)
      ? []
      : [{ file, field: `events[${i}].event`, message: `unknown event id "${e.event}": use the id of an event under \`events:\` in content/data/${data.dataset}.yaml (${[...known].join(', ') || 'it has none'})` }],
  );
}
