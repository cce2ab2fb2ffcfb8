/** Fields every chart declaration has, whatever its kind (spread into each kind's schema). */
import { z } from 'astro/zod';
import { corrections, id } from '../../content/schema-kit.ts';

/** Fields every chart declaration has, whatever its kind. Copy may cite figures as `{figure-id}`. */
export const chartBase = {
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
