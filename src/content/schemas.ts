/**
 * Every content schema, in one place. Messages say what is wrong and how to fix it;
 * Astro (and `describeIssues` for our own checks) prefix them with the file and field.
 */
import { z } from 'astro/zod';
import { UNITS } from '../lib/format.ts';
import { isWebUrl } from '../lib/safe-url.ts';

/** An id as used in file names, URLs and `id="…"` props: lowercase words joined by "-". */
const id = (what: string) =>
  z
    .string({ error: `give the ${what} id as text, e.g. "fibre-2016"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `a ${what} id is lowercase letters, digits and "-" only, e.g. "fibre-2016"` });

/** A paragraph locator in a source: "§4", "§1, §6", "§20–22", or free text such as "titre". */
const locator = z
  .string({ error: 'give a locator: where in the source the fact stands, e.g. "§4"' })
  .min(1, { error: 'the locator is empty: say where in the source the fact stands, e.g. "§4"' });

/** Does this "YYYY", "YYYY-MM" or "YYYY-MM-DD" name a real year, month or day (no month 13, no 31 April)? */
const existsInCalendar = (s: string) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return true; // the format check reports it, once
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A partial ISO date: "2016", "2016-05" or "2016-05-03", that exists. */
const partialDate = z
  .string({ error: 'write the date as text in quotes, e.g. "2016-05-03", "2016-05" or "2016"' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"' })
  .refine(existsInCalendar, { error: 'this date is not in the calendar: check the month (01 to 12) and the day' });

/** A web address: http:// or https:// with a host; never `javascript:`, `data:` or `file:` (it ships in pages and exports). */
const webUrl = (what: string) =>
  z
    .string({ error: `${what} must be a web address in quotes, e.g. "https://www.example.fr/page"` })
    .refine(isWebUrl, { error: `${what} must be a web address starting with https:// or http://, e.g. "https://www.example.fr/page" (no javascript:, data:, file: or mailto: address)` });

/** An object that rejects unknown fields, naming them and listing the allowed ones. */
function strictObject<T extends z.core.$ZodLooseShape>(what: string, shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${what}: remove it or check its spelling (allowed: ${allowed})`;
      if (issue.code === 'invalid_type') return `${what} must be a list of \`field: value\` lines (allowed: ${allowed})`;
      return undefined;
    },
  });
}

/** An error message that tells a missing field from one of the wrong type. */
const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong);

/** A calendar day written "YYYY-MM-DD" that exists (no 2016-13-45, no coercion of numbers). */
const isoDay = (what: string, messages: { missing?: string; wrong?: string } = {}) => {
  const wrong = messages.wrong ?? `write ${what} as text "YYYY-MM-DD", e.g. "2026-12-02"`;
  return z
    .string({ error: missingOr(messages.missing ?? wrong, wrong) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `write ${what} as "YYYY-MM-DD", e.g. "2026-12-02"` })
    .refine(existsInCalendar, { error: `${what} is not a day of the calendar: check the month (01 to 12) and the day` });
};

/**
 * A day as a Date: the YAML date `2026-11-26` (Astro's YAML reads it as a Date) or the text
 * "2026-11-26", that exists. Numbers and booleans are refused, not read as 1970.
 */
const day = (what: string, missing: string) =>
  z
    .preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      isoDay(what, { missing, wrong: `give ${what} as a day, YYYY-MM-DD, e.g. 2026-11-26 (a number or true/false is not a date)` }),
    )
    .transform((s) => new Date(`${s}T00:00:00Z`));

/** The longest headline: beyond it, it wraps past three lines on a phone and is cut in search results and cards. */
export const MAX_TITLE = 120;

/**
 * One correction or update of something readers were told, shown to them (article foot, embed
 * page, chart JSON and oEmbed, /corrections/ and its feed). `figures` and `quotations` name what
 * changed: the publish check accepts a changed published figure or quotation only when an entry names it.
 */
export const correctionSchema = strictObject('a correction', {
  /** The day the correction was made, "YYYY-MM-DD". Astro's frontmatter reads an unquoted day as a Date: take it back. */
  date: z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDay('a correction\u2019s `date:`')),
  /** What changed, in French, as readers should read it. */
  what: z.string({ error: 'every correction needs a `what:`: what changed, in French' }).min(1),
  /** The former value or wording, when it is a value or a short text. */
  before: z.string().min(1).optional(),
  /** The new value or wording. */
  after: z.string().min(1).optional(),
  /** Why, in French: the source or the reasoning that made us change it. */
  why: z.string({ error: 'every correction needs a `why:`: the reason, in French' }).min(1),
  /** Ids of the figures concerned (content/data). */
  figures: z.array(z.string().min(1), { error: 'list `figures:` as a list of figure ids' }).default([]),
  /** Ids of the quotations concerned (content/quotations.yaml). */
  quotations: z.array(z.string().min(1), { error: 'list `quotations:` as a list of quotation ids' }).default([]),
});

/** A list of corrections, oldest first as written; pages sort them. */
const corrections = z.array(correctionSchema, { error: '`corrections:` is a list of corrections (date, what, why…)' }).default([]);

/** The kinds of article in the dossier, as readers see them. */
export const ARTICLE_KINDS = ['entretien', 'analyse', 'article'] as const;

/** Frontmatter of `content/articles/*.mdx`. */
export const articleSchema = strictObject('an article', {
    /** The headline on the page and in feeds. */
    title: z.string({ error: missingOr('every article needs a `title:` (the headline)', '`title:` must be text: put it in quotes, e.g. title: "Le titre"') }).min(1, { error: 'the `title:` is empty' })
      .max(MAX_TITLE, { error: `the \`title:\` is longer than ${MAX_TITLE} characters: shorten the headline (put the detail in \`standfirst:\`)` }),
    /** The chapô: one or two sentences under the headline, in our own words. */
    standfirst: z
      .string({ error: missingOr('add a `standfirst:` (the chapô, one or two sentences in our own words)', '`standfirst:` must be text: put it in quotes') })
      .min(1, { error: 'the `standfirst:` is empty: write the chapô, one or two sentences in our own words' }),
    /** Meta description for search engines and cards; defaults to the standfirst. */
    description: z.string().max(200, { error: 'keep `description:` under 200 characters' }).optional(),
    /** What the piece is: an interview, an analysis or an article. */
    kind: z.enum(ARTICLE_KINDS, {
      error: missingOr(`every article needs a \`kind:\`, one of ${ARTICLE_KINDS.join(', ')}`, `\`kind:\` must be one of ${ARTICLE_KINDS.join(', ')}`),
    }),
    /** Date of our publication (not of the source), as YYYY-MM-DD. */
    date: day('`date:`', 'add a `date:` (our publication date), as YYYY-MM-DD, e.g. 2026-11-26'),
    /** Our authors, as bylines. */
    authors: z.array(z.string().min(1), {
      error: missingOr('add `authors:`, a list of names, e.g. [Rédaction du Dossier Numérique]', 'list `authors:` as a list of names in brackets, e.g. [Rédaction du Dossier Numérique]'),
    }).min(1, {
      error: 'name at least one author in `authors:`',
    }),
    /** Ids of the sources (content/sources) the article relies on. */
    sources: z.array(id('source'), { error: 'list `sources:` as a list of source ids' }).default([]),
    /** Free tags shown on the page. */
    tags: z.array(z.string().min(1), { error: 'list `tags:` as a list of words' }).default([]),
    /** Ids of related articles (file names without .mdx). */
    related: z.array(id('article'), { error: 'list `related:` as a list of article ids' }).default([]),
    /** Position in the dossier, for previous/next links (1 first). */
    order: z
      .number({ error: missingOr('add an `order:`: the position in the dossier, a whole number such as 2', '`order:` is the position in the dossier, a whole number such as 2, without quotes') })
      .int({ error: '`order:` must be a whole number such as 2' })
      .positive({ error: '`order:` starts at 1' }),
    /** Drafts show in `npm run dev` only. */
    draft: z.boolean({ error: '`draft:` is true or false' }).default(false),
    /** Corrections and updates of what readers were told, dated. */
    corrections,
    /** Figure ids shown as key figures under the chapô, so the main numbers are in the first screen. */
    keyFigures: z.array(id('figure'), { error: 'list `keyFigures:` as a list of figure ids from content/data/*.yaml, e.g. [fibre-2016, fibre-growth]' }).max(4, { error: 'keep `keyFigures:` to 4 figures at most: they share one row' }).default([]),
});

/** Kinds of source: the published interview, official documents (a region's own texts), press and other publications. */
export const SOURCE_KINDS = ['entretien', 'officiel', 'presse'] as const;

/** One source: `content/sources/<id>.yaml`. */
export const sourceSchema = strictObject('a source', {
    /** The source's own title, verbatim; leave out when it was not recorded (pages say so). */
    title: z.string({ error: '`title:` is the source’s own title, verbatim, as text' }).min(1).optional(),
    /** Outlet or institution. */
    publisher: z.string({ error: 'every source needs a `publisher:` (outlet or institution)' }).min(1),
    /** Author(s), when known. */
    author: z.string().optional(),
    /** Publication date when known ("2016-05-03", "2016-05", "2016"); leave out when unknown. */
    date: partialDate.optional(),
    /** How sure the date is, in French, shown beside it (e.g. « déduite de l'URL »). */
    dateNote: z.string().optional(),
    /** Address of the page, when known. */
    url: webUrl('`url:`').optional(),
    /** Anything a reader should know about this source, in French (e.g. « source partisane »). */
    note: z.string().optional(),
    /** What kind of source it is, for /sources/: the interview itself, an official document, or press (left out: press). */
    kind: z.enum(SOURCE_KINDS, { error: `\`kind:\` must be one of ${SOURCE_KINDS.join(', ')} (leave it out for press)` }).optional(),
});

/**
 * The quotation store: `content/quotations.yaml`, keyed by id. Every quoted passage the site
 * shows comes from here, whatever its source; interview passages are limited to the source
 * brief's list (checked in integrity.ts).
 */
export const quotationSchema = strictObject('a quotation', {
    /** The exact words, with typographic apostrophes. Never edit without the source. */
    text: z.string({ error: 'a quotation needs its exact `text:`' }).min(1),
    /** Who said it, when a person speaks; leave out for a source's own prose (a press article). */
    speaker: z.string({ error: '`speaker:` is the name of who said it, as text' }).min(1).optional(),
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
    label: z.string({ error: 'every value needs a `label:` in French saying what it counts' }).min(1),
    /** The number, in its unit (46 for 46 M€, 39 for 39 %). */
    value: z.number({ error: '`value:` must be a number without unit or spaces, e.g. 46 or 1.5' }),
    /** Unit of `value`. */
    unit: z.enum(UNITS, { error: `\`unit:\` must be one of ${UNITS.join(', ')}` }),
    /** Year the value refers to. */
    year: z.number({ error: '`year:` must be a year, e.g. 2016' }).int().min(1900).max(2100),
    /** Budgeted, programme authorisation, announced change (a rate), reported by a source, or derived estimate. */
    status: z.enum(VALUE_STATUSES, { error: `\`status:\` must be one of ${VALUE_STATUSES.join(', ')}` }),
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
        formula: z.string({ error: 'a derivation needs its `formula:`' }).min(1),
        /** How to read it, in French, shown to readers. */
        explanation: z.string({ error: 'a derivation needs an `explanation:` in French for readers' }).min(1),
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
    label: z.string({ error: 'every event needs a `label:` in French saying what happened' }).min(1),
    /** Its short label on /chronologie/ (under 48 characters), when no timeline chart gives it one. */
    short: z.string().min(1).max(48, { error: 'keep `short:` under 48 characters: the full sentence is in `label:`' }).optional(),
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
    title: z.string({ error: 'every dataset needs a `title:` in French' }).min(1),
    /** What it holds and how it was gathered, in French. */
    description: z.string({ error: 'every dataset needs a `description:` in French' }).min(1),
    /** The values. */
    values: z.array(datasetValueSchema, { error: '`values:` must be a list of values' }).min(1, { error: '`values:` is empty' }),
    /** Dated events, for timelines (optional). */
    events: z.array(datasetEventSchema, { error: '`events:` must be a list of events' }).default([]),
    /** Corrections of its values, dated (the figures concerned are named in each). */
    corrections,
});

export type CorrectionData = z.infer<typeof correctionSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type QuotationData = z.infer<typeof quotationSchema>;
export type DatasetData = z.infer<typeof datasetSchema>;
export type DatasetValue = z.infer<typeof datasetValueSchema>;

/** How strongly a 2015 priority and a 2016 plan part meet. */
export const LINK_STRENGTHS = ['strong', 'partial', 'none'] as const;

const quoteIds = z.array(id('quotation'), { error: '`quotes:` is a list of quotation ids from content/quotations.yaml' });

/** One item of either plan. */
const planItem = (what: string) =>
  strictObject(what, {
    /** Referenced by `links` and `gaps`. */
    id: id(what),
    /** Full title; for 2015, verbatim from the source. */
    title: z.string({ error: `every ${what} needs a \`title:\`` }).min(1),
    /** A short label for the chart (a few words). */
    short: z.string({ error: `every ${what} needs a \`short:\` label of a few words for the chart` }).min(1).max(40, { error: '`short:` must fit in 40 characters' }),
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
  title: z.string({ error: 'a comparison needs a `title:`' }).min(1),
  /** What it is and how it was made, in French. */
  description: z.string({ error: 'a comparison needs a `description:`' }).min(1),
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
      strength: z.enum(LINK_STRENGTHS, { error: `\`strength:\` must be one of ${LINK_STRENGTHS.join(', ')}` }),
      /** Why, in our own words. */
      reason: z.string({ error: 'every link needs a `reason:` in our own words' }).min(1),
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
      side: z.enum(['before', 'after'], { error: '`side:` is before (2015) or after (2016)' }),
      /** The item's id on that side. */
      item: id('item'),
      /** Why it has no counterpart, in our own words. */
      reason: z.string({ error: 'every gap needs a `reason:`' }).min(1),
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
/** Chart kinds the site can draw; each has a folder in src/charts/ and a branch of `chartSchema`. */
export const CHART_KINDS = ['budget', 'series', 'timeline', 'comparison', 'tracker'] as const;

/**
 * A closed object for chart declarations: unknown keys are errors that list the allowed
 * ones; `expected` is the message when the value is not an object at all.
 * (`z.strictObject` with an error function: `.strict({ error })` keeps zod's default text.)
 */
function closed<T extends z.core.$ZodLooseShape>(shape: T, where: string, expected?: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${where}: remove it or check its spelling (allowed: ${allowed})`
        : issue.code === 'invalid_type'
          ? expected
          : undefined,
  });
}

/** One bar of the budget chart: a figure and its short label on the chart. */
const budgetBarSchema = closed(
  {
    /** Figure id in the chart's dataset. */
    figure: id('figure'),
    /** Short label beside the bar, in French (the figure's full label shows in the tooltip). */
    label: z.string({ error: 'every bar needs a short `label:` in French, e.g. "2016"' }).min(1),
  },
  'a bar',
  'a bar is `{ figure: <figure id>, label: "…" }`',
);

/** Fields every chart declaration has, whatever its kind. Copy may cite figures as `{figure-id}`. */
const chartBase = {
  /** The dataset (file name in content/data without .yaml) the chart draws. */
  dataset: id('dataset'),
  /** The chart's title, in French, shown above it. */
  title: z.string({ error: 'every chart needs a `title:` in French' }).min(1),
  /** The takeaway in one or two sentences, in French: also the chart's text alternative. */
  description: z.string({ error: 'every chart needs a `description:` stating its takeaway in French' }).min(1),
  /** Notes shown under the chart (scope, estimates, caveats), in French. */
  notes: z.array(z.string().min(1), { error: 'list `notes:` as a list of sentences in French' }).default([]),
  /** The source line under the chart, in French, e.g. "Lyon Entreprises (2016), §4 ; calculs de la rédaction". */
  source: z.string({ error: 'every chart needs a `source:` line naming where its numbers come from' }).min(1),
  /** Source ids (content/sources) the chart relies on; checked to exist. */
  sources: z.array(id('source'), { error: 'list `sources:` as a list of source ids' }).default([]),
  /** Corrections of the chart, dated; shown on its embed page and in its JSON export and oEmbed. */
  corrections,
};

/** A budget chart: groups of bars on one zero-based scale, a growth bracket, a share, a discrepancy callout. */
export const budgetChartSchema = closed(
  {
    kind: z.literal('budget'),
    ...chartBase,
    /** Label of the value axis, in French, e.g. "millions d’euros". */
    axisLabel: z.string({ error: 'a budget chart needs an `axisLabel:` (the unit, in French)' }).min(1),
    /** Legend words for a stated amount and a derived estimate, in French. */
    legend: closed({ stated: z.string().min(1), estimate: z.string().min(1) }, '`legend:`', 'a budget chart needs `legend:` with `stated:` and `estimate:` in French'),
    /** Groups of bars, drawn top to bottom, each under its heading. */
    groups: z
      .array(
        closed(
          {
            /** Heading of the group, in French. */
            label: z.string({ error: 'every group needs a `label:`' }).min(1),
            /** The group's bars, top to bottom. */
            bars: z.array(budgetBarSchema, { error: '`bars:` is a list of bars' }).min(1, { error: 'a group needs at least one bar' }),
          },
          'a group',
          'a group is `{ label: "…", bars: [...] }`',
        ),
        { error: '`groups:` must be a list of groups, each with `label:` and `bars:`' },
      )
      .min(1, { error: '`groups:` is empty' }),
    /** A change between two bars, drawn as a bracket labelled with the change figure (e.g. +39 %). */
    growth: closed({ figure: id('figure'), from: id('figure'), to: id('figure') }, '`growth:`', '`growth:` needs `figure:`, `from:` and `to:` figure ids'),
    /**
     * Optional: the share a small bar is of a larger one, printed beside it (e.g. 3,3 % du total).
     * Leave it out when the larger amount is a reading the text rejects: no figure may rest on it.
     */
    share: closed({ figure: id('figure'), part: id('figure'), label: z.string().min(1) }, '`share:`', '`share:` needs `figure:`, `part:` (figure ids) and `label:`').optional(),
    /** Two adjacent bars with the same amount read two ways: a callout between them. */
    discrepancy: closed(
      {
        /** The two bars the callout links. */
        bars: z.tuple([id('figure'), id('figure')], { error: '`discrepancy.bars:` lists exactly two figure ids' }),
        /** Bold first words of the callout, in French. */
        label: z.string().min(1),
        /** The rest of the callout, in French: which reading the other sources support. */
        text: z.string().min(1),
      },
      '`discrepancy:`',
      '`discrepancy:` needs `bars:`, `label:` and `text:`',
    ),
  },
  'a budget chart',
);

/** One point of a series chart: a figure, its place on the axis, and why it is less firm, if it is. */
const seriesPointSchema = closed(
  {
    /** Figure id in the chart's dataset. */
    figure: id('figure'),
    /** First line under the point, in French, e.g. "1re édition". */
    label: z.string({ error: 'every point needs a short `label:` in French, e.g. "2e édition"' }).min(1),
    /** When, as precisely as the sources allow, in French, e.g. "mai 2017" or "printemps 2016 ?". */
    when: z.string({ error: 'every point needs a `when:` in French, e.g. "mai 2017"' }).min(1),
    /** What makes the point less firm than the others (inferred date, other wording): drawn hollow and dashed, told in tooltip and table. */
    caveat: z.string().min(1).optional(),
    /** Not joined to the previous point: why, in French, printed in the gap (e.g. "question posée autrement"). */
    breakBefore: z.string().min(1).optional(),
  },
  'a point',
  'a point is `{ figure: <figure id>, label: "…", when: "…" }`',
);

/** A series chart: one value per edition or period, on a zero-based scale; points of one line join only where they compare. */
export const seriesChartSchema = closed(
  {
    kind: z.literal('series'),
    ...chartBase,
    /** Label of the value axis, in French, e.g. "part des entreprises interrogées". */
    axisLabel: z.string({ error: 'a series chart needs an `axisLabel:` (what the values measure, in French)' }).min(1),
    /** Legend words for a firm point and a point with a caveat, in French. */
    legend: closed({ firm: z.string().min(1), caveat: z.string().min(1) }, '`legend:`', 'a series chart needs `legend:` with `firm:` and `caveat:` in French'),
    /** The points, in axis order (left to right). */
    points: z.array(seriesPointSchema, { error: '`points:` must be a list of points, each with `figure:`, `label:` and `when:`' }).min(2, { error: 'a series chart needs at least two `points:`' }),
  },
  'a series chart',
).superRefine((c, ctx) => {
  if (c.points[0]?.breakBefore) ctx.addIssue({ code: 'custom', path: ['points', 0, 'breakBefore'], message: 'the first point has no previous point to break from: remove `breakBefore:`' });
  const seen = new Set<string>();
  c.points.forEach((p, i) => {
    if (seen.has(p.figure)) ctx.addIssue({ code: 'custom', path: ['points', i, 'figure'], message: `figure "${p.figure}" is drawn twice: each point needs its own figure` });
    seen.add(p.figure);
  });
});

/** One event of a timeline chart: an event of the dataset and its short label on the chart. */
const timelineEventSchema = closed(
  {
    /** Event id in the chart's dataset (its `events:` list). */
    event: id('event'),
    /** Short label on the chart, in French (the event's full label shows in the tooltip and table). */
    label: z
      .string({ error: 'every event needs a short `label:` in French, e.g. "Première pierre"' })
      .min(1)
      .max(48, { error: 'keep an event `label:` under 48 characters: the full sentence is in the dataset and shows in the tooltip' }),
  },
  'an event',
  'an event is `{ event: <event id>, label: "…" }`',
);

/** A timeline chart: dated events of one dataset, with partial and inferred dates drawn as such. */
export const timelineChartSchema = closed(
  {
    kind: z.literal('timeline'),
    ...chartBase,
    /** Legend words for an exact day, a month or year only, and an inferred or approximate date, in French. */
    legend: closed(
      { day: z.string().min(1), span: z.string().min(1), uncertain: z.string().min(1) },
      '`legend:`',
      'a timeline chart needs `legend:` with `day:`, `span:` and `uncertain:` in French',
    ),
    /** The events drawn (drawn in date order whatever the order here). */
    events: z.array(timelineEventSchema, { error: '`events:` must be a list of events, each with `event:` and `label:`' }).min(2, { error: 'a timeline chart needs at least two `events:`' }),
  },
  'a timeline chart',
).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.events.forEach((e, i) => {
    if (seen.has(e.event)) ctx.addIssue({ code: 'custom', path: ['events', i, 'event'], message: `event "${e.event}" is listed twice: list each event once` });
    seen.add(e.event);
  });
});


/** A text field of a comparison chart, in French. */
const words = (what: string) => z.string({ error: `give ${what}, in French` }).min(1, { error: `${what} is empty` });

/**
 * A comparison chart: the 2015 priorities and the 2016 plan of a comparison (its `dataset:` is
 * the comparison's file name, e.g. comparaison-2015-2016), their links drawn by strength, the
 * items without a counterpart set apart, and the same data as a matrix.
 */
export const comparisonChartSchema = closed(
  {
    kind: z.literal('comparison'),
    ...chartBase,
    /** Column headings: the 2015 side and the 2016 side. */
    sides: closed({ before: words('`sides.before:`'), after: words('`sides.after:`') }, '`sides:`', 'a comparison chart needs `sides:` with `before:` (the 2015 heading) and `after:` (the 2016 heading)'),
    /** Legend words for each strength and for an item with no counterpart (also the matrix's words). */
    legend: closed(
      { strong: words('`legend.strong:`'), partial: words('`legend.partial:`'), none: words('`legend.none:`'), unmatched: words('`legend.unmatched:`') },
      '`legend:`',
      'a comparison chart needs `legend:` with `strong:`, `partial:`, `none:` and `unmatched:` in French',
    ),
    /** Matrix headings of the column of 2015 items without a 2016 counterpart (`before`) and of the row of 2016 ones (`after`). */
    unmatched: closed(
      { before: words('`unmatched.before:`'), after: words('`unmatched.after:`') },
      '`unmatched:`',
      'a comparison chart needs `unmatched:` with `before:` (e.g. "Sans équivalent en 2016") and `after:` (e.g. "Sans équivalent en 2015")',
    ),
  },
  'a comparison chart',
);

/** The promise tracker's fixed scale of statuses (shown as « tenue », « en partie », « pas tenue », « trop tôt ou inconnu »). */
export const TRACKER_STATUSES = ['tenue', 'en-partie', 'pas-tenue', 'inconnu'] as const;

/** An event of a dataset, by id: of the chart's own dataset unless `dataset:` names another. */
const trackerEventRef = closed(
  {
    /** Event id under `events:` of the dataset. */
    event: id('event'),
    /** Dataset (file name in content/data without .yaml) holding the event; the chart's own by default. */
    dataset: id('dataset').optional(),
  },
  'an event reference',
  'an event reference is `{ event: <event id> }` or `{ event: <event id>, dataset: <dataset id> }`',
);

/** One commitment of the tracker: what was promised, when, what happened, and our status with its reason. */
const trackerRowSchema = closed(
  {
    /** Unique in the chart, e.g. "fibre-tous-territoires". */
    id: id('row'),
    /** The commitment in our own words, short, in French. */
    promise: z
      .string({ error: 'every row needs a `promise:`: the commitment in our own words, in French' })
      .min(1)
      .max(90, { error: 'keep `promise:` under 90 characters: the quotation and the events carry the detail' }),
    /** The quotation (content/quotations.yaml) that states the commitment, when one may be quoted. */
    quote: id('quotation').optional(),
    /** The dated event where the commitment was made (its date, and how sure it is, come from the dataset). */
    promised: trackerEventRef,
    /** What happened: dated, sourced events, drawn in date order. */
    events: z.array(trackerEventRef, { error: '`events:` is a list of event references, e.g. `- { event: rallonge-2022 }`' }).default([]),
    /** Our status, from the fixed scale. */
    status: z.enum(TRACKER_STATUSES, {
      error: missingOr(`every row needs a \`status:\`, one of ${TRACKER_STATUSES.join(', ')}`, `\`status:\` must be one of ${TRACKER_STATUSES.join(', ')}`),
    }),
    /** Why that status, in one sentence of our own, in French. */
    reason: z
      .string({ error: 'every row needs a `reason:`: why that status, in one sentence' })
      .min(1)
      .max(280, { error: 'keep `reason:` to one sentence under 280 characters' })
      .refine((r) => !/[.!?]\s+[A-ZÀÂÉÈÊÎÔÛÇ«]/.test(r), { error: 'keep `reason:` to one sentence: move the rest to the article or a note' }),
  },
  'a row',
  'a row is `{ id, promise, promised, events, status, reason }`',
);

/** A promise tracker: commitments of a source, each with its status on a fixed scale, the reason, and the dated events behind it. */
export const trackerChartSchema = closed(
  {
    kind: z.literal('tracker'),
    ...chartBase,
    /** The commitments, in reading order. */
    rows: z.array(trackerRowSchema, { error: '`rows:` must be a list of rows' }).min(1, { error: 'a tracker needs at least one row under `rows:`' }),
  },
  'a tracker chart',
).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.rows.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `row id "${r.id}" is used twice: give each row its own id` });
    seen.add(r.id);
    if (r.status !== 'inconnu' && r.events.length === 0)
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'events'], message: `row "${r.id}" is "${r.status}" but lists no event: a status other than inconnu needs the dated events that support it` });
  });
});

/** A chart declaration: `content/charts/<id>.yaml`. The `kind` picks the drawing and its fields. */
export const chartSchema = z.discriminatedUnion('kind', [budgetChartSchema, seriesChartSchema, timelineChartSchema, comparisonChartSchema, trackerChartSchema], {
  error: `\`kind:\` must be one of ${CHART_KINDS.join(', ')}`,
});

export type ChartData = z.infer<typeof chartSchema>;
export type BudgetChartData = z.infer<typeof budgetChartSchema>;
export type SeriesChartData = z.infer<typeof seriesChartSchema>;
export type TimelineChartData = z.infer<typeof timelineChartSchema>;
export type ComparisonChartData = z.infer<typeof comparisonChartSchema>;
export type TrackerChartData = z.infer<typeof trackerChartSchema>;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];
