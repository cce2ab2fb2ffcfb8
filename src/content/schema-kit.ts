/**
 * The building blocks of every content schema (ids, locators, dates, web addresses, closed
 * objects, corrections), shared by src/content/schemas.ts and each chart kind's schema
 * (src/charts/<kind>/schema.ts). Messages say what is wrong and how to fix it; Astro (and
 * `describeIssues` for our own checks) prefix them with the file and field.
 */
import { z } from 'astro/zod';
import { isWebUrl } from '../lib/site/safe-url.ts';
import { field } from './field-error.ts';

export { field };

/** An id as used in file names, URLs and `id="…"` props: lowercase words joined by "-". */
export const id = (what: string) =>
  field(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), `a ${what} id, as text: lowercase letters, digits and "-" only, e.g. "fibre-2016"`);

/** A paragraph locator in a source: "§4", "§1, §6", "§20–22", or free text such as "titre". */
export const locator = field(z.string().min(1), 'where in the source the fact stands, as text, e.g. "§4"');

/** Does this "YYYY", "YYYY-MM" or "YYYY-MM-DD" name a real year, month or day (no month 13, no 31 April)? */
export const existsInCalendar = (s: string) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return true; // the format check reports it, once
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A partial ISO date: "2016", "2016-05" or "2016-05-03", that exists. */
export const partialDate = field(
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).refine(existsInCalendar, { error: 'this date is not in the calendar: check the month (01 to 12) and the day' }),
  'a date as text in quotes, "YYYY-MM-DD", "YYYY-MM" or "YYYY", e.g. "2016-05-03"',
);

/** A web address: http:// or https:// with a host; never `javascript:`, `data:` or `file:` (it ships in pages and exports). */
export const webUrl = (what: string) =>
  field(
    z.string().refine(isWebUrl),
    `${what}, a web address in quotes starting with https:// or http://, e.g. "https://www.example.fr/page" (no javascript:, data:, file: or mailto: address)`,
  );

/**
 * An object that rejects unknown fields, naming them and listing the allowed ones. `expected`
 * is the message when the value is not an object at all (by default: « must be a list of
 * `field: value` lines »). (`z.strictObject` with an error function: `.strict({ error })`
 * keeps zod's default text.)
 */
export function strictObject<T extends z.core.$ZodLooseShape>(what: string, shape: T, expected?: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${what}: remove it or check its spelling (allowed: ${allowed})`;
      if (issue.code === 'invalid_type') return expected ?? `${what} must be a list of \`field: value\` lines (allowed: ${allowed})`;
      return undefined;
    },
  });
}

/** A calendar day written "YYYY-MM-DD" that exists (no 2016-13-45, no coercion of numbers); `description` says which day it is. */
export const isoDay = (description: string) =>
  field(
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(existsInCalendar, { error: 'this day is not in the calendar: check the month (01 to 12) and the day' }),
    `${description}, a day written YYYY-MM-DD, e.g. 2026-11-26`,
  );

/**
 * A day written in YAML or frontmatter, as the text "YYYY-MM-DD": an unquoted day, which the
 * YAML reader turns into a Date, is taken back to that text; anything else is checked as it is
 * (a number or a boolean is refused, never read as 1970).
 */
const yamlDay = (description: string) =>
  z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDay(description));

/**
 * A day as a Date: the YAML date `2026-11-26` (Astro's YAML reads it as a Date) or the text
 * "2026-11-26", that exists. Numbers and booleans are refused, not read as 1970.
 */
export const day = (description: string) => yamlDay(description).transform((s) => new Date(`${s}T00:00:00Z`));

/**
 * One correction or update of something readers were told, shown to them (article foot, embed
 * page, chart JSON and oEmbed, /corrections/ and its feed). `figures` and `quotations` name what
 * changed: the publish check accepts a changed published figure or quotation only when an entry names it.
 */
export const correctionSchema = strictObject('a correction', {
  /** The day the correction was made, "YYYY-MM-DD". Astro's frontmatter reads an unquoted day as a Date: take it back. */
  date: yamlDay('the day the correction was made'),
  /** What changed, in French, as readers should read it. */
  what: field(z.string().min(1), 'what changed, in French, as readers should read it'),
  /** The former value or wording, when it is a value or a short text. */
  before: z.string().min(1).optional(),
  /** The new value or wording. */
  after: z.string().min(1).optional(),
  /** Why, in French: the source or the reasoning that made us change it. */
  why: field(z.string().min(1), 'why it changed, in French: the source or the reasoning'),
  /** Ids of the figures concerned (content/data). */
  figures: field(z.array(z.string().min(1)), 'the ids of the figures concerned, as a list').default([]),
  /** Ids of the quotations concerned (content/quotations.yaml). */
  quotations: field(z.array(z.string().min(1)), 'the ids of the quotations concerned, as a list').default([]),
});

/** A list of corrections, oldest first as written; pages sort them. */
export const corrections = field(z.array(correctionSchema), 'the corrections, a list of entries with `date:`, `what:` and `why:`').default([]);

export type CorrectionData = z.infer<typeof correctionSchema>;
