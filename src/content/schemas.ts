/**
 * Every content schema, in one place. Messages say what is wrong and how to fix it;
 * Astro (and `describeIssues` for our own checks) prefix them with the file and field.
 */
import { z } from 'astro/zod';
import { UNITS } from '../lib/format.ts';

/** An id as used in file names, URLs and `id="…"` props: lowercase words joined by "-". */
const id = (what: string) =>
  z
    .string({ error: `give the ${what} id as text, e.g. "fibre-2016"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `a ${what} id is lowercase letters, digits and "-" only, e.g. "fibre-2016"` });

/** A paragraph locator in a source: "§4", "§1, §6", "§20–22", or free text such as "titre". */
const locator = z
  .string({ error: 'give a locator: where in the source the fact stands, e.g. "§4"' })
  .min(1, { error: 'the locator is empty: say where in the source the fact stands, e.g. "§4"' });

/** A partial ISO date: "2016", "2016-05" or "2016-05-03". */
const partialDate = z
  .string({ error: 'write the date as text in quotes, e.g. "2016-05-03", "2016-05" or "2016"' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"' });

/** The error of a strict object: names unknown keys and lists the allowed ones. */
const unknownKeys = (what: string, allowed: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' && issue.keys
    ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${what}: remove it or check its spelling (allowed: ${allowed.join(', ')})`
    : `${what} must be a list of \`field: value\` lines (allowed: ${allowed.join(', ')})`;

/** An error message that tells a missing field from one of the wrong type. */
const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong);

/** The kinds of article in the dossier, as readers see them. */
export const ARTICLE_KINDS = ['entretien', 'analyse', 'article'] as const;

/** Frontmatter of `content/articles/*.mdx`. */
export const articleSchema = z
  .strictObject({
    /** The headline on the page and in feeds. */
    title: z.string({ error: missingOr('every article needs a `title:` (the headline)', '`title:` must be text: put it in quotes, e.g. title: "Le titre"') }).min(1, { error: 'the `title:` is empty' }),
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
    date: z.coerce.date({ error: missingOr('add a `date:` (our publication date), as YYYY-MM-DD, e.g. 2026-11-26', 'give `date:` as YYYY-MM-DD, e.g. 2026-11-26') }),
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
  }, { error: unknownKeys('an article', ['title', 'standfirst', 'description', 'kind', 'date', 'authors', 'sources', 'tags', 'related', 'order', 'draft']) });

/** One source: `content/sources/<id>.yaml`. */
export const sourceSchema = z
  .strictObject({
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
    url: z.url({ error: '`url:` must be a full address starting with http:// or https://' }).optional(),
    /** Anything a reader should know about this source, in French (e.g. « source partisane »). */
    note: z.string().optional(),
  }, { error: unknownKeys('a source', ['title', 'publisher', 'author', 'date', 'dateNote', 'url', 'note']) });

/** The allowed quotations: `content/quotations.yaml`, keyed by id. */
export const quotationSchema = z
  .strictObject({
    /** The exact words, with typographic apostrophes. Never edit without the source. */
    text: z.string({ error: 'a quotation needs its exact `text:`' }).min(1),
    /** Who said it. */
    speaker: z.string({ error: 'a quotation needs its `speaker:`' }).min(1),
    /** Source id. */
    source: id('source'),
    /** Paragraph locator in the source. */
    locator,
  }, { error: unknownKeys('a quotation', ['text', 'speaker', 'source', 'locator']) });

/** Status of a figure: what kind of number it is. */
export const VALUE_STATUSES = ['budgeted', 'programme-authorisation', 'reported', 'derived-estimate'] as const;

/** One value of a dataset: a stated figure with its source, or a derived one with its formula. */
export const datasetValueSchema = z
  .strictObject({
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
    /** Budgeted, programme authorisation, reported by a source, or derived estimate. */
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
    /** A note for readers, in French (uncertainty, scope). */
    note: z.string().optional(),
  }, { error: unknownKeys('a dataset value', ['id', 'label', 'value', 'unit', 'year', 'status', 'signed', 'source', 'locator', 'derived', 'note']) })
  .superRefine((v, ctx) => {
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
    if (v.derived && v.status !== 'derived-estimate') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `value "${v.id}" is derived: set \`status: derived-estimate\`` });
    }
  });

/** A dataset: `content/data/<id>.yaml`. */
export const datasetSchema = z
  .strictObject({
    /** Title of the dataset, in French. */
    title: z.string({ error: 'every dataset needs a `title:` in French' }).min(1),
    /** What it holds and how it was gathered, in French. */
    description: z.string({ error: 'every dataset needs a `description:` in French' }).min(1),
    /** The values. */
    values: z.array(datasetValueSchema, { error: '`values:` must be a list of values' }).min(1, { error: '`values:` is empty' }),
  }, { error: unknownKeys('a dataset', ['title', 'description', 'values']) });

export type ArticleData = z.infer<typeof articleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type QuotationData = z.infer<typeof quotationSchema>;
export type DatasetData = z.infer<typeof datasetSchema>;
export type DatasetValue = z.infer<typeof datasetValueSchema>;
