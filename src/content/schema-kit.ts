/**
 * The building blocks of every content schema (ids, locators, dates, web addresses, closed
 * objects, corrections), shared by src/content/schemas.ts and each chart kind's schema
 * (src/charts/<kind>/schema.ts). Messages say what is wrong and how to fix it; Astro (and
 * `describeIssues` for our own checks) prefix them with the file and field.
 */
import { z } from 'astro/zod';
import { isWebUrl } from '../lib/site/safe-url.ts';

/** An id as used in file names, URLs and `id="…"` props: lowercase words joined by "-". */
export const id = (what: string) =>
  z
    .string({ error: `give the ${what} id as text, e.g. "fibre-2016"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `a ${what} id is lowercase letters, digits and "-" only, e.g. "fibre-2016"` });

/** A paragraph locator in a source: "§4", "§1, §6", "§20–22", or free text such as "titre". */
export const locator = z
  .string({ error: 'give a locator: where in the source the fact stands, e.g. "§4"' })
  .min(1, { error: 'the locator is empty: say where in the source the fact stands, e.g. "§4"' });

/** Does this "YYYY", "YYYY-MM" or "YYYY-MM-DD" name a real year, month or day (no month 13, no 31 April)? */
export const existsInCalendar = (s: string) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return true; // the format check reports it, once
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A partial ISO date: "2016", "2016-05" or "2016-05-03", that exists. */
export const partialDate = z
  .string({ error: 'write the date as text in quotes, e.g. "2016-05-03", "2016-05" or "2016"' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"' })
  .refine(existsInCalendar, { error: 'this date is not in the calendar: check the month (01 to 12) and the day' });

/** A web address: http:// or https:// with a host; never `javascript:`, `data:` or `file:` (it ships in pages and exports). */
export const webUrl = (what: string) =>
  z
    .string({ error: `${what} must be a web address in quotes, e.g. "https://www.example.fr/page"` })
    .refine(isWebUrl, { error: `${what} must be a web address starting with https:// or http://, e.g. "https://www.example.fr/page" (no javascript:, data:, file: or mailto: address)` });

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

/** An error message that tells a missing field from one of the wrong type. */
export const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong);

/** A calendar day written "YYYY-MM-DD" that exists (no 2016-13-45, no coercion of numbers). */
export const isoDay = (what: string, messages: { missing?: string; wrong?: string } = {}) => {
  const wrong = messages.wrong ?? `write ${what} as text "YYYY-MM-DD", e.g. "2026-12-02"`;
  return z
    .string({ error: missingOr(messages.missing ?? wrong, wrong) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `write ${what} as "YYYY-MM-DD", e.g. "2026-12-02"` })
    .refine(existsInCalendar, { error: `${what} is not a day of the calendar: check the month (01 to 12) and the day` });
};

/**
 * A day written in YAML or frontmatter, as the text "YYYY-MM-DD": an unquoted day, which the
 * YAML reader turns into a Date, is taken back to that text; anything else is checked as it is
 * (a number or a boolean is refused, never read as 1970).
 */
const yamlDay = (what: string, messages: { missing?: string; wrong?: string } = {}) =>
  z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDay(what, messages));

/**
 * A day as a Date: the YAML date `2026-11-26` (Astro's YAML reads it as a Date) or the text
 * "2026-11-26", that exists. Numbers and booleans are refused, not read as 1970.
 */
export const day = (what: string, missing: string) =>
  yamlDay(what, { missing, wrong: `give ${what} as a day, YYYY-MM-DD, e.g. 2026-11-26 (a number or true/false is not a date)` })
    .transform((s) => new Date(`${s}T00:00:00Z`));

/**
 * One correction or update of something readers were told, shown to them (article foot, embed
 * page, chart JSON and oEmbed, /corrections/ and its feed). `figures` and `quotations` name what
 * changed: the publish check accepts a changed published figure or quotation only when an entry names it.
 */
export const correctionSchema = strictObject('a correction', {
  /** The day the correction was made, "YYYY-MM-DD". Astro's frontmatter reads an unquoted day as a Date: take it back. */
  date: yamlDay('a correction\u2019s `date:`'),
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
export const corrections = z.array(correctionSchema, { error: '`corrections:` is a list of corrections (date, what, why…)' }).default([]);

export type CorrectionData = z.infer<typeof correctionSchema>;
