/** Fields every chart declaration has, whatever its kind (spread into each kind's schema). */
import { z } from 'astro/zod';
import { corrections, field, id } from '../../content/schema-kit.ts';

/** Fields every chart declaration has, whatever its kind. Copy may cite figures as `{figure-id}`. */
export const chartBase = {
  /** The dataset (file name in content/data without .yaml) the chart draws. */
  dataset: id('dataset'),
  /** The chart's title, in French, shown above it. */
  title: field(z.string().min(1), 'the chart’s title, in French, shown above it'),
  /** The takeaway in one or two sentences, in French: also the chart's text alternative. */
  description: field(z.string().min(1), 'the takeaway in one or two sentences, in French (also the chart’s text alternative)'),
  /** Notes shown under the chart (scope, estimates, caveats), in French. */
  notes: field(z.array(z.string().min(1)), 'the notes under the chart, a list of sentences in French').default([]),
  /** The source line under the chart, in French, e.g. "Lyon Entreprises (2016), §4 ; calculs de la rédaction". */
  source: field(z.string().min(1), 'the source line under the chart, naming where its numbers come from'),
  /** Source ids (content/sources) the chart relies on; checked to exist. */
  sources: field(z.array(id('source')), 'the ids of the sources the chart relies on, as a list').default([]),
  /** Corrections of the chart, dated; shown on its embed page and in its JSON export and oEmbed. */
  corrections,
};
