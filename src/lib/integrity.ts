/**
 * Checks across collections that a single schema cannot see: ids that must exist
 * elsewhere, unique figure ids, derived values that must reproduce. Pure: takes
 * plain entries, returns problems, each naming the file, the field and the fix.
 */
import type { ArticleData, ComparisonData, DatasetData, QuotationData } from '../content/schemas.ts';
import { evaluateFormula, formulaInputs, reproduces } from './formula.ts';

export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project, for messages. */
  file: string;
  data: T;
}

export interface ContentSet {
  articles: Entry<ArticleData>[];
  sourceIds: Set<string>;
  quotations: Entry<QuotationData>[];
  datasets: Entry<DatasetData>[];
  /** Plan comparisons (content/data/comparaison-*.yaml). */
  comparisons?: Entry<ComparisonData>[];
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
