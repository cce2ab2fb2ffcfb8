/** The declaration of a promise tracker: `kind: tracker` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { missingOr, id, strictObject } from '../../content/schema-kit.ts';
import { chartBase } from '../lib/base-schema.ts';

/** The promise tracker's fixed scale of statuses (shown as « tenue », « en partie », « pas tenue », « trop tôt ou inconnu »). */
export const TRACKER_STATUSES = ['tenue', 'en-partie', 'pas-tenue', 'inconnu'] as const;

/** An event of a dataset, by id: of the chart's own dataset unless `dataset:` names another. */
const trackerEventRef = strictObject('an event reference', {
    /** Event id under `events:` of the dataset. */
    event: id('event'),
    /** Dataset (file name in content/data without .yaml) holding the event; the chart's own by default. */
    dataset: id('dataset').optional(),
  }, 'an event reference is `{ event: <event id> }` or `{ event: <event id>, dataset: <dataset id> }`');

/** One commitment of the tracker: what was promised, when, what happened, and our status with its reason. */
const trackerRowSchema = strictObject('a row', {
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
  }, 'a row is `{ id, promise, promised, events, status, reason }`');

/** A promise tracker: commitments of a source, each with its status on a fixed scale, the reason, and the dated events behind it. */
export const trackerChartSchema = strictObject('a tracker chart', {
    kind: z.literal('tracker'),
    ...chartBase,
    /** The commitments, in reading order. */
    rows: z.array(trackerRowSchema, { error: '`rows:` must be a list of rows' }).min(1, { error: 'a tracker needs at least one row under `rows:`' }),
  }).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.rows.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `row id "${r.id}" is used twice: give each row its own id` });
    seen.add(r.id);
    if (r.status !== 'inconnu' && r.events.length === 0)
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'events'], message: `row "${r.id}" is "${r.status}" but lists no event: a status other than inconnu needs the dated events that support it` });
  });
});

export type TrackerChartData = z.infer<typeof trackerChartSchema>;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];
