/** Checks of chart declarations against datasets and sources. Pure. */
import type { ContentSet } from '../../lib/integrity.ts';
import type { Problem } from '../../lib/problems.ts';
import { budgetBarIds, chartFigureRefs } from './refs.ts';
import { checkTimelineEvents } from '../timeline/checks.ts';
import { checkTrackerRefs } from '../tracker/checks.ts';

/** Chart declarations point at existing datasets, figures and sources. */
export function checkCharts(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const charts = set.charts ?? [];
  const datasetOf = new Map(set.datasets.flatMap((d) => d.data.values.map((v) => [v.id, d.id] as const)));
  const datasetIds = new Set(set.datasets.map((d) => d.id));
  const comparisonIds = new Set((set.comparisons ?? []).map((c) => c.id));
  const quotationIds = new Set(set.quotations.map((q) => q.id));

  for (const c of charts) {
    const { data, file } = c;
    if (data.kind === 'comparison') {
      if (!comparisonIds.has(data.dataset))
        problems.push({ file, field: 'dataset', message: `unknown comparison "${data.dataset}": a comparison chart draws a comparison, use the file name of a content/data/comparaison-*.yaml without .yaml (${[...comparisonIds].join(', ')})` });
    } else if (!datasetIds.has(data.dataset))
      problems.push({ file, field: 'dataset', message: `unknown dataset "${data.dataset}": use the file name of a dataset in content/data without .yaml (${[...datasetIds].join(', ')})` });
    data.sources.forEach((s, i) => {
      if (!set.sourceIds.has(s)) problems.push({ file, field: `sources[${i}]`, message: `unknown source id "${s}": add content/sources/${s}.yaml or fix the spelling` });
    });
    problems.push(...checkTimelineEvents(c, set.datasets));
    problems.push(...checkTrackerRefs(c, set.datasets, quotationIds));
    const bars = budgetBarIds(data);
    for (const ref of chartFigureRefs(data)) {
      const home = datasetOf.get(ref.id);
      if (!home) {
        const how = ref.drawn ? 'use a figure id' : 'write {figure-id} with a figure id';
        problems.push({ file, field: ref.field, message: `unknown figure id "${ref.id}": ${how} from content/data/${data.dataset}.yaml` });
      } else if (ref.drawn && home !== data.dataset) {
        problems.push({ file, field: ref.field, message: `figure "${ref.id}" belongs to dataset "${home}", not to this chart's dataset "${data.dataset}": draw figures of one dataset per chart` });
      } else if (ref.drawn && bars.size && !bars.has(ref.id) && !/^(growth|share)\.figure$/.test(ref.field)) {
        problems.push({ file, field: ref.field, message: `"${ref.id}" is not one of the chart's bars: add it under \`groups:\` or point at a bar (${[...bars].join(', ')})` });
      }
    }
  }

  return problems;
}
