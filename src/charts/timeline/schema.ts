/** The declaration of a timeline chart: `kind: timeline` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { field, id, strictObject } from '../../content/schema-kit.ts';
import { chartBase } from '../lib/base-schema.ts';

/** One event of a timeline chart: an event of the dataset and its short label on the chart. */
const timelineEventSchema = strictObject('an event', {
    /** Event id in the chart's dataset (its `events:` list). */
    event: id('event'),
    /** Short label on the chart, in French (the event's full label shows in the tooltip and table). */
    label: field(z.string().min(1).max(48), 'the event’s short label on the chart, in French, at most 48 characters, e.g. "Première pierre" (the full sentence is in the dataset and shows in the tooltip)'),
  }, 'an event is `{ event: <event id>, label: "…" }`');

/** A timeline chart: dated events of one dataset, with partial and inferred dates drawn as such. */
export const timelineChartSchema = strictObject('a timeline chart', {
    kind: z.literal('timeline'),
    ...chartBase,
    /** Legend words for an exact day, a month or year only, and an inferred or approximate date, in French. */
    legend: strictObject('`legend:`', { day: z.string().min(1), span: z.string().min(1), uncertain: z.string().min(1) }, 'a timeline chart needs `legend:` with `day:`, `span:` and `uncertain:` in French'),
    /** The events drawn (drawn in date order whatever the order here). */
    events: field(z.array(timelineEventSchema).min(2), 'the events, a list of at least two, each with `event:` and `label:`'),
  }).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.events.forEach((e, i) => {
    if (seen.has(e.event)) ctx.addIssue({ code: 'custom', path: ['events', i, 'event'], message: `event "${e.event}" is listed twice: list each event once` });
    seen.add(e.event);
  });
});

export type TimelineChartData = z.infer<typeof timelineChartSchema>;
