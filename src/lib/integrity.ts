/**
 * Checks across collections that a single schema cannot see: ids that must exist
 * elsewhere, unique figure ids, derived values that must reproduce. Pure: takes
 * plain entries, returns problems, each naming the file, the field and the fix.
 */
import type { ArticleData, ChartData, ComparisonData, DatasetData, QuotationData } from '../content/schemas.ts';
import { budgetBarIds, chartFigureRefs } from '../charts/lib/refs.ts';
import { evaluateFormula, formulaInputs, reproduces } from './formula.ts';
import { findBodyRefs } from './refs.ts';

export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project, for messages. */
  file: string;
  data: T;
}

/** An article, with its MDX body when the check should look inside it. */
export interface ArticleEntry extends Entry<ArticleData> {
  body?: string;
  /** Lines of the file before the body (the frontmatter), to report file line numbers. */
  bodyLineOffset?: number;
}

export interface ContentSet {
  articles: ArticleEntry[];
  sourceIds: Set<string>;
  quotations: Entry<QuotationData>[];
  datasets: Entry<DatasetData>[];
  /** Plan comparisons (content/data/comparaison-*.yaml). */
  comparisons?: Entry<ComparisonData>[];
  /** Chart declarations (content/charts). */
  charts?: Entry<ChartData>[];
}

/** One problem: where, and what to do. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems as the build error editors read. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n');
}

/** All cross-collection problems of a content set (empty when all is well). */
export function checkIntegrity(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const known = (ids: Iterable<string>) => [...ids].slice(0, 12).join(', ');
  const articleIds = new Set(set.articles.map((a) => a.id));

  for (const a of set.articles) {
    a.data.sources.forEach((s, i) => {
      if (!set.sourceIds.has(s))
        problems.push({ file: a.file, field: `sources[${i}]`, message: `unknown source id "${s}": add content/sources/${s}.yaml or use one of ${known(set.sourceIds)}` });
    });
    a.data.related.forEach((r, i) => {
      if (!articleIds.has(r))
        problems.push({ file: a.file, field: `related[${i}]`, message: `unknown article id "${r}": use the file name of an article without .mdx (${known(articleIds)})` });
    });
  }

  for (const q of set.quotations) {
    if (!set.sourceIds.has(q.data.source))
      problems.push({ file: q.file, field: `${q.id}.source`, message: `unknown source id "${q.data.source}": add content/sources/${q.data.source}.yaml` });
  }

  const values = new Map<string, { value: number; file: string }>();
  for (const d of set.datasets) {
    d.data.values.forEach((v, i) => {
      const prior = values.get(v.id);
      if (prior) problems.push({ file: d.file, field: `values[${i}].id`, message: `figure id "${v.id}" is already used in ${prior.file}: figure ids are unique across datasets, rename one` });
      else values.set(v.id, { value: v.value, file: d.file });
      if (v.source && !set.sourceIds.has(v.source))
        problems.push({ file: d.file, field: `values[${i}].source`, message: `unknown source id "${v.source}": add content/sources/${v.source}.yaml or use one of ${known(set.sourceIds)}` });
    });
  }

  for (const d of set.datasets) {
    const eventIds = new Set<string>();
    (d.data.events ?? []).forEach((e, i) => {
      if (eventIds.has(e.id)) problems.push({ file: d.file, field: `events[${i}].id`, message: `event id "${e.id}" is used twice in this dataset: rename one` });
      eventIds.add(e.id);
      if (!set.sourceIds.has(e.source))
        problems.push({ file: d.file, field: `events[${i}].source`, message: `unknown source id "${e.source}": add content/sources/${e.source}.yaml or use one of ${known(set.sourceIds)}` });
      e.figures.forEach((f, j) => {
        if (!values.has(f)) problems.push({ file: d.file, field: `events[${i}].figures[${j}]`, message: `unknown figure id "${f}": use the id of a value in content/data/*.yaml` });
      });
    });
  }

  for (const d of set.datasets) {
    d.data.values.forEach((v, i) => {
      if (!v.derived) return;
      const field = `values[${i}].derived.formula`;
      const missing = formulaInputs(v.derived.formula).filter((id) => !values.has(id));
      if (missing.length) {
        problems.push({ file: d.file, field, message: `unknown figure id${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} in the formula: write inputs as {figure-id}` });
        return;
      }
      try {
        const computed = evaluateFormula(v.derived.formula, (id) => values.get(id)?.value);
        if (!reproduces(computed, v.value))
          problems.push({ file: d.file, field: `values[${i}].value`, message: `"${v.id}" says ${v.value} but its formula gives ${+computed.toFixed(4)}: correct the value or the formula` });
      } catch (e) {
        problems.push({ file: d.file, field, message: `${(e as Error).message}: use numbers, {figure-id}, + - * / and parentheses` });
      }
    });
  }
  problems.push(...checkComparisons(set, new Set(values.keys())));
  problems.push(...checkCharts(set));
  return problems;
}

/** A comparison's quotation, figure and source ids must exist. */
function checkComparisons(set: ContentSet, figureIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const quoteIds = new Set(set.quotations.map((q) => q.id));
  for (const c of set.comparisons ?? []) {
    const { file, data } = c;
    if (!set.sourceIds.has(data.source)) problems.push({ file, field: 'source', message: `unknown source id "${data.source}": add content/sources/${data.source}.yaml` });
    const checkQuotes = (quotes: string[], field: string) =>
      quotes.forEach((q, i) => {
        if (!quoteIds.has(q)) problems.push({ file, field: `${field}.quotes[${i}]`, message: `"${q}" is not an allowed quotation: use an id from content/quotations.yaml (${[...quoteIds].join(', ')})` });
      });
    data.priorities.forEach((p, i) => checkQuotes(p.quotes, `priorities[${i}]`));
    data.plan.forEach((p, i) => {
      checkQuotes(p.quotes, `plan[${i}]`);
      p.figures.forEach((f, j) => {
        if (!figureIds.has(f)) problems.push({ file, field: `plan[${i}].figures[${j}]`, message: `unknown figure id "${f}": use an id from content/data/*.yaml` });
      });
    });
    data.links.forEach((l, i) => checkQuotes(l.quotes, `links[${i}]`));
  }
  return problems;
}

/** Chart declarations point at existing datasets, figures and sources; MDX uses existing chart ids. */
function checkCharts(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const charts = set.charts ?? [];
  const chartIds = new Set(charts.map((c) => c.id));
  const datasetOf = new Map(set.datasets.flatMap((d) => d.data.values.map((v) => [v.id, d.id] as const)));
  const datasetIds = new Set(set.datasets.map((d) => d.id));

  for (const c of charts) {
    const { data, file } = c;
    if (!datasetIds.has(data.dataset))
      problems.push({ file, field: 'dataset', message: `unknown dataset "${data.dataset}": use the file name of a dataset in content/data without .yaml (${[...datasetIds].join(', ')})` });
    data.sources.forEach((s, i) => {
      if (!set.sourceIds.has(s)) problems.push({ file, field: `sources[${i}]`, message: `unknown source id "${s}": add content/sources/${s}.yaml or fix the spelling` });
    });
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

  for (const a of set.articles) {
    if (a.body === undefined) continue;
    for (const ref of findBodyRefs(a.body)) {
      if (ref.tag === 'Chart' && !chartIds.has(ref.id))
        problems.push({ file: a.file, field: `line ${ref.line + (a.bodyLineOffset ?? 0)}`, message: `<Chart id="${ref.id}" />: unknown chart id "${ref.id}": add content/charts/${ref.id}.yaml or use one of ${[...chartIds].join(', ') || '(none yet)'}` });
    }
  }
  return problems;
}
