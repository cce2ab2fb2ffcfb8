/**
 * Every content schema: articles, sources, quotations, datasets, comparisons here; each chart
 * kind's declaration in its folder (src/charts/<kind>/schema.ts), joined here from the registry.
 * Each field says what it is (`field(schema, description)`); the one error map in field-error.ts
 * words every mistake from that. Astro (and `describeIssues`) prefix it with the file and field.
 */
import { z } from 'astro/zod';
import { UNITS } from '../lib/format.ts';
import { CHART_KINDS, KIND_SCHEMAS } from '../charts/registry.ts';
import { corrections, day, field, id, locator, partialDate, strictObject, webUrl } from './schema-kit.ts';

export { correctionSchema, type CorrectionData } from './schema-kit.ts';
export { CHART_KINDS };
export { TRACKER_STATUSES, type TrackerChartData, type TrackerStatus } from '../charts/tracker/schema.ts';
export type { BudgetChartData } from '../charts/budget/schema.ts';
export type { SeriesChartData } from '../charts/series/schema.ts';
export type { TimelineChartData } from '../charts/timeline/schema.ts';
export type { ComparisonChartData } from '../charts/comparison/schema.ts';

/** The longest headline: beyond it, it wraps past three lines on a phone and is cut in search results and cards. */
export const MAX_TITLE = 120;
/** The kinds of article in the dossier, as readers see them. */
export const ARTICLE_KINDS = ['entretien', 'analyse', 'article'] as const;

/** Frontmatter of `content/articles/*.mdx`. */
export const articleSchema = strictObject('an article', {
    /** The headline on the page and in feeds. */
    title: field(z.string().min(1).max(MAX_TITLE), `the headline, as text in quotes, e.g. title: "Le titre", at most ${MAX_TITLE} characters (put the detail in \`standfirst:\`)`),
    /** The chapô: one or two sentences under the headline, in our own words. */
    standfirst: field(z.string().min(1), 'the chapô, one or two sentences in our own words, as text in quotes'),
    /** Meta description for search engines and cards; defaults to the standfirst. */
    description: field(z.string().max(200), 'the summary for search engines and cards, at most 200 characters').optional(),
    /** What the piece is: an interview, an analysis or an article. */
    kind: field(z.enum(ARTICLE_KINDS), 'what the piece is: an interview, an analysis or an article'),
    /** Date of our publication (not of the source), as YYYY-MM-DD. */
    date: day('our publication date (not that of the source)'),
    /** Our authors, as bylines. */
    authors: field(z.array(z.string().min(1)).min(1), 'the bylines, a list of names in brackets, e.g. [Rédaction du Dossier Numérique]'),
    /** Ids of the sources (content/sources) the article relies on. */
    sources: field(z.array(id('source')), 'the ids of the sources the article relies on, as a list').default([]),
    /** Free tags shown on the page. */
    tags: field(z.array(z.string().min(1)), 'the tags shown on the page, a list of words').default([]),
    /** Ids of related articles (file names without .mdx). */
    related: field(z.array(id('article')), 'the ids of related articles (file names without .mdx), as a list').default([]),
    /** Position in the dossier, for previous/next links (1 first). */
    order: field(z.number().int().positive(), 'the position in the dossier, a whole number from 1, such as 2, without quotes'),
    /** Drafts show in `npm run dev` only. */
    draft: field(z.boolean(), 'true while the article is not ready (it then shows in `npm run dev` only)').default(false),
    /** Corrections and updates of what readers were told, dated. */
    corrections,
    /** Figure ids shown as key figures under the chapô, so the main numbers are in the first screen. */
    keyFigures: field(z.array(id('figure')).max(4), 'at most 4 figure ids from content/data/*.yaml, shown in one row under the chapô, e.g. [fibre-2016, fibre-growth]').default([]),
});

/** Kinds of source: the published interview, official documents (a region's own texts), press and other publications. */
export const SOURCE_KINDS = ['entretien', 'officiel', 'presse'] as const;

/** One source: `content/sources/<id>.yaml`. */
export const sourceSchema = strictObject('a source', {
    /** The source's own title, verbatim; leave out when it was not recorded (pages say so). */
    title: field(z.string().min(1), 'the source’s own title, verbatim, as text').optional(),
    /** Outlet or institution. */
    publisher: field(z.string().min(1), 'the outlet or institution that published the source'),
    /** Author(s), when known. */
    author: z.string().optional(),
    /** Publication date when known ("2016-05-03", "2016-05", "2016"); leave out when unknown. */
    date: partialDate.optional(),
    /** How sure the date is, in French, shown beside it (e.g. « déduite de l'URL »). */
    dateNote: z.string().optional(),
    /** Address of the page, when known. */
    url: webUrl('the address of the page').optional(),
    /** Anything a reader should know about this source, in French (e.g. « source partisane »). */
    note: z.string().optional(),
    /** What kind of source it is, for /sources/: the interview itself, an official document, or press (left out: press). */
    kind: field(z.enum(SOURCE_KINDS), 'what kind of source it is (leave it out for press)').optional(),
});

/**
 * The quotation store: `content/quotations.yaml`, keyed by id. Every quoted passage the site
 * shows comes from here, whatever its source; interview passages are limited to the source
 * brief's list (checked in integrity.ts).
 */
export const quotationSchema = strictObject('a quotation', {
    /** The exact words, with typographic apostrophes. Never edit without the source. */
    text: field(z.string().min(1), 'the exact words of the quotation, with typographic apostrophes'),
    /** Who said it, when a person speaks; leave out for a source's own prose (a press article). */
    speaker: field(z.string().min(1), 'the name of who said it, as text').optional(),
    /** Source id (content/sources/<id>.yaml). */
    source: id('source'),
    /** Where in the source, as readers see it: "§4", "titre", "chapô", "texte de l’article"… */
    locator,
});

/**
 * Status of a figure: what kind of number it is. `announced-change` is a rate of change
 * announced by a speaker (+39 %), not an amount: it must not read « montant budgété ».
 */
export const VALUE_STATUSES = ['budgeted', 'programme-authorisation', 'announced-change', 'reported', 'derived-estimate'] as const;

/** One value of a dataset: a stated figure with its source, or a derived one with its formula. */
export const datasetValueSchema = strictObject('a dataset value', {
    /** Unique across all datasets: used by `<Figure id>` and charts. */
    id: id('figure'),
    /** What the number is, in French, short (used in tables and tooltips). */
    label: field(z.string().min(1), 'what the value counts, short, in French'),
    /** The number, in its unit (46 for 46 M€, 39 for 39 %). */
    value: field(z.number(), 'the number in its unit, without unit or spaces, e.g. 46 or 1.5'),
    /** Unit of `value`. */
    unit: field(z.enum(UNITS), 'the unit of `value:`'),
    /** Year the value refers to. */
    year: field(z.number().int().min(1900).max(2100), 'the year the value refers to, e.g. 2016'),
    /** Budgeted, programme authorisation, announced change (a rate), reported by a source, or derived estimate. */
    status: field(z.enum(VALUE_STATUSES), 'what kind of number it is'),
    /** Show a sign: the value is a change (+39 %). */
    signed: z.boolean().default(false),
    /** Source id, for a stated value. */
    source: id('source').optional(),
    /** Where in the source, for a stated value. */
    locator: locator.optional(),
    /** For a derived value: how it is computed from other values. */
    derived: z
      .object({
        /** Arithmetic on other values, e.g. "{fibre-2016} / (1 + {fibre-growth} / 100)". */
        formula: field(z.string().min(1), 'the arithmetic on other values, e.g. "{fibre-2016} / 2"'),
        /** How to read it, in French, shown to readers. */
        explanation: field(z.string().min(1), 'how to read the derivation, in French, for readers'),
      })
      .strict()
      .optional(),
    /** A note for readers, in French (uncertainty, scope); no quoted words: use `quote:`. */
    note: z.string().optional(),
    /** A quotation id (content/quotations.yaml) from the value's own source: the words that state it, shown with it. */
    quote: id('quotation').optional(),
}).superRefine((v, ctx) => {
    const stated = v.source !== undefined || v.locator !== undefined;
    if (!v.derived && !(v.source && v.locator)) {
      ctx.addIssue({
        code: 'custom',
        message: `value "${v.id}" has ${stated ? 'a source without a locator (or the reverse)' : 'neither a source nor a derivation'}: add \`source:\` (a source id) and \`locator:\` (e.g. "§4"), or \`derived:\` with its formula`,
      });
    }
    if (v.derived && stated) {
      ctx.addIssue({ code: 'custom', message: `value "${v.id}" is derived: remove \`source:\`/\`locator:\`; the sources are those of its inputs` });
    }
    if ((v.status === 'budgeted' || v.status === 'programme-authorisation') && v.unit !== 'M€' && v.unit !== '€') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `value "${v.id}" is in ${v.unit}, not an amount: \`status: ${v.status}\` would read « ${v.status === 'budgeted' ? 'montant budgété' : 'autorisation de programme'} »; use \`announced-change\` for an announced rate of change, or \`reported\``,
      });
    }
    if (v.derived && v.status !== 'derived-estimate') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `value "${v.id}" is derived: set \`status: derived-estimate\`` });
    }
  });

/** A dated event of a dataset (for timelines): what happened, when, and who says so. */
export const datasetEventSchema = strictObject('a dataset event', {
    /** Unique within the dataset, e.g. "premiere-pierre". */
    id: id('event'),
    /** When: "2019-06-21", "2017-09" or "2020"; the most precise the source allows. */
    date: partialDate,
    /** How sure the date is, in French, when it is inferred or approximate. */
    dateNote: z.string().optional(),
    /** What happened, in French, one short sentence in our own words. */
    label: field(z.string().min(1), 'what happened, one short sentence in French'),
    /** Its short label on /chronologie/ (under 48 characters), when no timeline chart gives it one. */
    short: field(z.string().min(1).max(48), 'the short label on /chronologie/, at most 48 characters (the full sentence is in `label:`)').optional(),
    /** Source id. */
    source: id('source'),
    /** Where in the source. */
    locator,
    /** Figure ids (values of any dataset) that belong to this event. */
    figures: z.array(id('figure')).default([]),
    /** A note for readers, in French (uncertainty, scope). */
    note: z.string().optional(),
});

/** A dataset: `content/data/<id>.yaml`. */
export const datasetSchema = strictObject('a dataset', {
    /** Title of the dataset, in French. */
    title: field(z.string().min(1), 'the title of the dataset, in French'),
    /** What it holds and how it was gathered, in French. */
    description: field(z.string().min(1), 'what the dataset holds and how it was gathered, in French'),
    /** The values. */
    values: field(z.array(datasetValueSchema).min(1), 'the values, a list of at least one'),
    /** Dated events, for timelines (optional). */
    events: field(z.array(datasetEventSchema), 'the dated events, a list').default([]),
    /** Corrections of its values, dated (the figures concerned are named in each). */
    corrections,
});

export type ArticleData = z.infer<typeof articleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type QuotationData = z.infer<typeof quotationSchema>;
export type DatasetData = z.infer<typeof datasetSchema>;
export type DatasetValue = z.infer<typeof datasetValueSchema>;

/** How strongly a 2015 priority and a 2016 plan part meet. */
export const LINK_STRENGTHS = ['strong', 'partial', 'none'] as const;

const quoteIds = field(z.array(id('quotation')), 'a list of quotation ids from content/quotations.yaml');

/** One item of either plan. */
const planItem = (what: string) =>
  strictObject(what, {
    /** Referenced by `links` and `gaps`. */
    id: id(what),
    /** Full title; for 2015, verbatim from the source. */
    title: field(z.string().min(1), `the full title of the ${what}`),
    /** A short label for the chart (a few words). */
    short: field(z.string().min(1).max(40), `a label of a few words for the ${what} on the chart, at most 40 characters`),
    /** Where in the source. */
    locator,
    /** Supporting quotation ids. */
    quotes: quoteIds.default([]),
    /** Figure ids that measure it. */
    figures: z.array(id('figure')).default([]),
  });

/** The 2015-vs-2016 comparison: `content/data/comparaison-*.yaml`. */
export const comparisonSchema = strictObject('a comparison', {
  /** Title, in French. */
  title: field(z.string().min(1), 'the title of the comparison, in French'),
  /** What it is and how it was made, in French. */
  description: field(z.string().min(1), 'what the comparison is and how it was made, in French'),
  /** Source id of the locators. */
  source: id('source'),
  /** The 2015 priorities. */
  priorities: z.array(planItem('priority')).min(1),
  /** The 2016 plan's parts. */
  plan: z.array(planItem('plan part')).min(1),
  /** Where they meet. */
  links: z.array(
    strictObject('a link', {
      /** A priority id. */
      priority: id('priority'),
      /** A plan part id. */
      plan: id('plan part'),
      /** strong, partial or none. */
      strength: field(z.enum(LINK_STRENGTHS), 'how strongly the priority and the plan part meet'),
      /** Why, in our own words. */
      reason: field(z.string().min(1), 'why they meet, in our own words'),
      /** Quotation ids that support this link; none when no quotable passage does (pages then say so). */
      quotes: quoteIds.default([]),
      /** Locators on each side. */
      locators: strictObject('locators', { before: locator, after: locator }),
    }),
  ),
  /** Items with no counterpart on the other side. */
  gaps: z.array(
    strictObject('a gap', {
      /** before = 2015, after = 2016. */
      side: field(z.enum(['before', 'after']), 'the side of the item: before (2015) or after (2016)'),
      /** The item's id on that side. */
      item: id('item'),
      /** Why it has no counterpart, in our own words. */
      reason: field(z.string().min(1), 'why the item has no counterpart, in our own words'),
      /** Where in the source. */
      locator,
    }),
  ).default([]),
  /** Corrections of the comparison, dated. */
  corrections,
}).superRefine((c, ctx) => {
  const before = new Set(c.priorities.map((p) => p.id));
  const after = new Set(c.plan.map((p) => p.id));
  const list = (s: Set<string>) => [...s].join(', ');
  c.links.forEach((l, i) => {
    if (!before.has(l.priority)) ctx.addIssue({ code: 'custom', path: ['links', i, 'priority'], message: `unknown priority "${l.priority}": use one of ${list(before)}` });
    if (!after.has(l.plan)) ctx.addIssue({ code: 'custom', path: ['links', i, 'plan'], message: `unknown plan part "${l.plan}": use one of ${list(after)}` });
  });
  c.gaps.forEach((g, i) => {
    const ids = g.side === 'before' ? before : after;
    if (!ids.has(g.item)) ctx.addIssue({ code: 'custom', path: ['gaps', i, 'item'], message: `unknown ${g.side === 'before' ? 'priority' : 'plan part'} "${g.item}": use one of ${list(ids)}` });
  });
});

export type ComparisonData = z.infer<typeof comparisonSchema>;
export type DatasetEvent = z.infer<typeof datasetEventSchema>;

/** A non-empty list, as zod's unions want it (the registry always lists kinds). */
function nonEmpty<T>(list: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = list;
  if (first === undefined) throw new Error('src/charts/registry.ts lists no chart kind');
  return [first, ...rest];
}

/** A chart declaration: `content/charts/<id>.yaml`. The `kind` picks the drawing and its fields (one branch per registered kind). */
export const chartSchema = z.discriminatedUnion('kind', nonEmpty(KIND_SCHEMAS), {
  error: `\`kind:\` must be one of ${CHART_KINDS.join(', ')}`,
});

export type ChartData = z.infer<typeof chartSchema>;
