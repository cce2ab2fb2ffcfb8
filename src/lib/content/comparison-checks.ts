/** Checks of plan comparisons against the other collections. Pure. */
import type { ContentSet } from './integrity.ts';
import type { Problem } from './problems.ts';

/** A comparison's quotation, figure and source ids must exist. */
export function checkComparisons(set: ContentSet, figureIds: Set<string>): Problem[] {
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

