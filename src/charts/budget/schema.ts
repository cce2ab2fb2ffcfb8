/** The declaration of a budget chart: `kind: budget` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { field, id, strictObject } from '../../content/schema-kit.ts';
import { chartBase } from '../lib/base-schema.ts';

/** One bar of the budget chart: a figure and its short label on the chart. */
const budgetBarSchema = strictObject('a bar', {
    /** Figure id in the chart's dataset. */
    figure: id('figure'),
    /** Short label beside the bar, in French (the figure's full label shows in the tooltip). */
    label: field(z.string().min(1), 'the short label beside the bar, in French, e.g. "2016"'),
  }, 'a bar is `{ figure: <figure id>, label: "…" }`');

/** A budget chart: groups of bars on one zero-based scale, a growth bracket, a share, a discrepancy callout. */
export const budgetChartSchema = strictObject('a budget chart', {
    kind: z.literal('budget'),
    ...chartBase,
    /** Label of the value axis, in French, e.g. "millions d’euros". */
    axisLabel: field(z.string().min(1), 'the label of the value axis: the unit, in French'),
    /** Legend words for a stated amount and a derived estimate, in French. */
    legend: strictObject('`legend:`', { stated: z.string().min(1), estimate: z.string().min(1) }, 'a budget chart needs `legend:` with `stated:` and `estimate:` in French'),
    /** Groups of bars, drawn top to bottom, each under its heading. */
    groups: field(
      z.array(
        strictObject('a group', {
            /** Heading of the group, in French. */
            label: field(z.string().min(1), 'the heading of the group, in French'),
            /** The group's bars, top to bottom. */
            bars: field(z.array(budgetBarSchema).min(1), 'the group’s bars, a list of at least one'),
          }, 'a group is `{ label: "…", bars: [...] }`'),
      ).min(1),
      'the groups of bars, a list of at least one, each with `label:` and `bars:`',
    ),
    /** A change between two bars, drawn as a bracket labelled with the change figure (e.g. +39 %). */
    growth: strictObject('`growth:`', { figure: id('figure'), from: id('figure'), to: id('figure') }, '`growth:` needs `figure:`, `from:` and `to:` figure ids'),
    /**
     * Optional: the share a small bar is of a larger one, printed beside it (e.g. 3,3 % du total).
     * Leave it out when the larger amount is a reading the text rejects: no figure may rest on it.
     */
    share: strictObject('`share:`', { figure: id('figure'), part: id('figure'), label: z.string().min(1) }, '`share:` needs `figure:`, `part:` (figure ids) and `label:`').optional(),
    /** Two adjacent bars with the same amount read two ways: a callout between them. */
    discrepancy: strictObject('`discrepancy:`', {
        /** The two bars the callout links. */
        bars: field(z.tuple([id('figure'), id('figure')]), 'the two bars the callout links: a list of exactly two figure ids'),
        /** Bold first words of the callout, in French. */
        label: z.string().min(1),
        /** The rest of the callout, in French: which reading the other sources support. */
        text: z.string().min(1),
      }, '`discrepancy:` needs `bars:`, `label:` and `text:`'),
  });

export type BudgetChartData = z.infer<typeof budgetChartSchema>;
