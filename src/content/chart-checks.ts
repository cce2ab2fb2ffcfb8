/**
 * Checks of chart declarations against datasets, sources and figures, then each kind's own
 * checks, reached through the registry. Pure.
 */
import type { KindCheckContext } from '../charts/kind.ts';
import { kindOf } from '../charts/registry.ts';
import type { Problem } from '../lib/content/problems.ts';
import { chartFigureRefs } from './chart-refs.ts';
import type { ChartData, DatasetData } from './schemas.ts';

/** What the chart checks see of the content. */
export interface ChartCheckSet {
  charts?: readonly { id: string; file: string; data: ChartData }[];
  datasets: readonly { id: string; data: DatasetData }[];
  comparisons?: readonly { id: string }[];
  quotations: readonly { id: string }[];
  sourceIds: ReadonlySet<string>;
}

/** Chart declarations point at existing datasets, figures and sources; each kind checks the rest. */
export function checkCharts(set: ChartCheckSet): Problem[] {
  const context: KindCheckContext = {
    datasets: set.datasets,
    quotationIds: new Set(set.quotations.map((q) => q.id)),
    comparisonIds: new Set((set.comparisons ?? []).map((c) => c.id)),
    datasetOf: new Map(set.datasets.flatMap((d) => d.data.values.map((v) => [v.id, d.id] as const))),
  };
  const datasetIds = new Set(set.datasets.map((d) => d.id));
  return (set.charts ?? []).flatMap((entry) => {
    const { data, file } = entry;
    const kind = kindOf(data);
    const problems: Problem[] = [];
    if (kind.checkDataset) problems.push(...kind.checkDataset(entry, context));
    else if (!datasetIds.has(data.dataset))
      problems.push({ file, field: 'dataset', message: `unknown dataset "${data.dataset}": use the file name of a dataset in content/data without .yaml (${[...datasetIds].join(', ')})` });
    data.sources.forEach((s, i) => {
      if (!set.sourceIds.has(s)) problems.push({ file, field: `sources[${i}]`, message: `unknown source id "${s}": add content/sources/${s}.yaml or fix the spelling` });
    });
    if (kind.check) problems.push(...kind.check(entry, context));
    for (const ref of chartFigureRefs(data)) {
      const home = context.datasetOf.get(ref.id);
      if (!home) {
        const how = ref.drawn ? 'use a figure id' : 'write {figure-id} with a figure id';
        problems.push({ file, field: ref.field, message: `unknown figure id "${ref.id}": ${how} from content/data/${data.dataset}.yaml` });
      } else if (ref.drawn && home !== data.dataset) {
        problems.push({ file, field: ref.field, message: `figure "${ref.id}" belongs to dataset "${home}", not to this chart's dataset "${data.dataset}": draw figures of one dataset per chart` });
      }
    }
    return problems;
  });
}
