/** Checks of a tracker declaration against datasets' events and the quotation store. Pure. */
import type { Problem } from '../../lib/content/problems.ts';
import type { KindCheckContext, KindEntry } from '../kind.ts';
import type { TrackerChartData } from './schema.ts';

/** Every event a tracker names exists in its dataset; every quotation exists in the store. */
export function checkTrackerRefs({ data, file }: KindEntry<TrackerChartData>, { datasets, quotationIds }: Pick<KindCheckContext, 'datasets' | 'quotationIds'>): Problem[] {
  const problems: Problem[] = [];
  const eventsOf = (id: string) => datasets.find((d) => d.id === id)?.data.events.map((e) => e.id);
  const checkRef = (ref: { event: string; dataset?: string | undefined }, field: string) => {
    const dataset = ref.dataset ?? data.dataset;
    const known = eventsOf(dataset);
    if (!known) problems.push({ file, field: `${field}.dataset`, message: `unknown dataset "${dataset}": use the file name of a dataset in content/data without .yaml` });
    else if (!known.includes(ref.event))
      problems.push({ file, field: `${field}.event`, message: `unknown event id "${ref.event}": use the id of an event under \`events:\` in content/data/${dataset}.yaml (${known.join(', ') || 'it has none'})` });
  };
  data.rows.forEach((r, i) => {
    if (r.quote && !quotationIds.has(r.quote))
      problems.push({ file, field: `rows[${i}].quote`, message: `unknown quotation id "${r.quote}": use an id from content/quotations.yaml, or add the passage there with its source and locator` });
    checkRef(r.promised, `rows[${i}].promised`);
    r.events.forEach((e, j) => checkRef(e, `rows[${i}].events[${j}]`));
  });
  return problems;
}
