/** The declaration of a promise tracker: `kind: tracker` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { field, id, strictObject } from '../../content/schema-kit.ts';
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
    promise: field(z.string().min(1).max(90), 'the commitment in our own words, in French, at most 90 characters (the quotation and the events carry the detail)'),
    /** The quotation (content/quotations.yaml) that states the commitment, when one may be quoted. */
    quote: id('quotation').optional(),
    /** The dated event where the commitment was made (its date, and how sure it is, come from the dataset). */
    promised: trackerEventRef,
    /** What happened: dated, sourced events, drawn in date order. */
    events: field(z.array(trackerEventRef), 'what happened: a list of event references, e.g. `- { event: rallonge-2022 }`').default([]),
    /** Our status, from the fixed scale. */
    status: field(z.enum(TRACKER_STATUSES), 'our status of the commitment, on the fixed scale'),
    /** Why that status, in one sentence of our own, in French. */
    reason: field(
      z
        .string()
        .min(1)
        .max(280)
        .refine((r) => !/[.!?]\s+[A-ZÀÂÉÈÊÎÔÛÇ«]/.test(r), { error: 'keep `reason:` to one sentence: move the rest to the article or a note' }),
      'why that status, in one sentence of our own in French, at most 280 characters',
    ),
  }, 'a row is `{ id, promise, promised, events, status, reason }`');

/** A promise tracker: commitments of a source, each with its status on a fixed scale, the reason, and the dated events behind it. */
export const trackerChartSchema = strictObject('a tracker chart', {
    kind: z.literal('tracker'),
    ...chartBase,
    /** The commitments, in reading order. */
    rows: field(z.array(trackerRowSchema).min(1), 'the commitments, a list of at least one row'),
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
