/**
 * Checks across collections that a single schema cannot see: ids that must exist
 * elsewhere (in frontmatter and in article bodies, with their line), unique figure
 * ids, derived values that must reproduce. Pure: takes plain entries, returns
 * problems, each naming the file, the field or line, and the fix.
 */
import type { ArticleData, ChartData, ComparisonData, DatasetData, QuotationData } from '../../content/schemas.ts';
import { checkCharts } from '../../content/chart-checks.ts';
import { checkBody } from './body-checks.ts';
import { checkComparisons } from './comparison-checks.ts';
import { checkProseQuotes, checkQuotationStore } from './quotation-checks.ts';
import { evaluateFormula, formulaCycles, formulaInputs, reproduces } from './formula.ts';
import { someIds, type Problem } from './problems.ts';
import { withoutComments } from './refs.ts';
import { SITE_CARD, socialCardPath } from '../site/social-images.ts';

export { formatProblems, type Problem } from './problems.ts';

export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project, for messages. */
  file: string;
  data: T;
}

/** An article; with its body, component references are checked too. */
export interface ArticleEntry extends Entry<ArticleData> {
  /** The MDX body (after the frontmatter). */
  body?: string;
  /** File line of the body's first line; 1 when unknown. */
  bodyLine?: number;
}

export interface ContentSet {
  articles: ArticleEntry[];
  sourceIds: Set<string>;
  /** Titles of the sources (those recorded): a title in « » in data prose is not a quotation. */
  sourceTitles?: string[];
  quotations: Entry<QuotationData>[];
  datasets: Entry<DatasetData>[];
  /** Plan comparisons (content/data/comparaison-*.yaml). */
  comparisons?: Entry<ComparisonData>[];
  /** Chart declarations (content/charts); every `<Chart id>` must be one of them. */
  charts?: Entry<ChartData>[];
  /** Ids of declared charts, when the declarations themselves are not at hand. */
  chartIds?: Set<string>;
  /** Ids of draft articles left out of this build, to explain a `related:` pointing to one. */
  draftIds?: Set<string>;
}

/** All cross-collection problems of a content set (empty when all is well). */
export function checkIntegrity(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const known = someIds;
  const articleIds = new Set(set.articles.map((a) => a.id));

  const orders = new Map<number, string>();
  for (const a of set.articles) {
    const other = orders.get(a.data.order);
    if (other !== undefined) {
      const taken = new Set(set.articles.map((x) => x.data.order));
      const free = Array.from({ length: taken.size + 1 }, (_, i) => i + 1).find((n) => !taken.has(n));
      problems.push({ file: a.file, field: 'order', message: `\`order: ${a.data.order}\` is also that of ${other}: two articles cannot share a place in the dossier, give each its own number (${free} is free)` });
    } else orders.set(a.data.order, a.file);
    // An article's social card is /og/<id>.png: this id would replace the site's own card.
    if (a.id === SITE_CARD)
      problems.push({ file: a.file, field: 'file name', message: `the article id "${SITE_CARD}" is reserved for the site's own social card (${socialCardPath()}), which this article's card would replace: rename the file` });
    if (a.body !== undefined && !withoutComments(a.body).trim())
      problems.push({ file: a.file, line: a.bodyLine ?? 1, field: 'body', message: 'the article has no text after its frontmatter: write it, or set `draft: true` until it is written' });
    a.data.sources.forEach((s, i) => {
      if (!set.sourceIds.has(s))
        problems.push({ file: a.file, field: `sources[${i}]`, message: `unknown source id "${s}": add content/sources/${s}.yaml or use one of ${known(set.sourceIds)}` });
    });
    a.data.related.forEach((r, i) => {
      if (r === a.id)
        problems.push({ file: a.file, field: `related[${i}]`, message: `"${r}" is this article itself: \`related:\` lists other articles, remove it` });
      else if (set.draftIds?.has(r))
        problems.push({ file: a.file, field: `related[${i}]`, message: `"${r}" is a draft, so it is not published: remove it from \`related:\` or publish it (\`draft: false\`)` });
      else if (!articleIds.has(r))
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

  // A derivation that leads back to itself is reported once, on the value where the cycle starts.
  const inputsOf = new Map<string, string[]>();
  for (const d of set.datasets) for (const v of d.data.values) if (v.derived) inputsOf.set(v.id, formulaInputs(v.derived.formula));
  const inCycle = new Set<string>();
  for (const cycle of formulaCycles(inputsOf)) {
    const start = cycle[0] ?? '';
    cycle.forEach((id) => inCycle.add(id));
    const d = set.datasets.find((x) => x.data.values.some((v) => v.id === start));
    const i = d?.data.values.findIndex((v) => v.id === start) ?? 0;
    problems.push({
      file: d?.file ?? '',
      field: `values[${i}].derived.formula`,
      message: `"${start}" is computed from itself (${cycle.join(' → ')}): a derived value must come from stated values with a source, so break the cycle`,
    });
  }
  for (const d of set.datasets) {
    d.data.values.forEach((v, i) => {
      if (!v.derived || inCycle.has(v.id)) return;
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
  problems.push(...checkQuotationStore(set), ...checkProseQuotes(set));
  problems.push(...checkCharts(set));
  const chartIds = set.chartIds ?? (set.charts ? new Set(set.charts.map((c) => c.id)) : undefined);
  const ctx = {
    figureIds: new Set(values.keys()),
    quotations: set.quotations.map((q) => ({ id: q.id, text: q.data.text })),
    sourceIds: set.sourceIds,
    articleIds,
    ...(chartIds ? { chartIds } : {}),
  };
  for (const a of set.articles) {
    if (a.body !== undefined) problems.push(...checkBody({ file: a.file, body: a.body, bodyLine: a.bodyLine ?? 1 }, ctx));
  }
  // Key figures under an article's chapô must exist like any <Figure>.
  for (const a of set.articles) {
    (a.data.keyFigures ?? []).forEach((f, i) => {
      if (!values.has(f)) problems.push({ file: a.file, field: `keyFigures[${i}]`, message: `unknown figure id "${f}": use an id from content/data/*.yaml (${known(new Set(values.keys()))}), listed on /guide/` });
    });
  }

  return problems;
}
