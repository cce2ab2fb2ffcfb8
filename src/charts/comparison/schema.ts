/** The declaration of a comparison chart: `kind: comparison` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { field, id, strictObject } from '../../content/schema-kit.ts';
import { chartBase } from '../lib/base-schema.ts';

/** A text field of a comparison chart, in French. */
const words = (what: string) => field(z.string().min(1), `${what}, in French`);

/**
 * A comparison chart: the 2015 priorities and the 2016 plan of a comparison (its `dataset:` is
 * the comparison's file name, e.g. comparaison-2015-2016), their links drawn by strength, the
 * items without a counterpart set apart, and the same data as a matrix.
 */
export const comparisonChartSchema = strictObject('a comparison chart', {
    kind: z.literal('comparison'),
    ...chartBase,
    /** Column headings: the 2015 side and the 2016 side. */
    sides: strictObject('`sides:`', { before: words('the 2015 heading'), after: words('the 2016 heading') }, 'a comparison chart needs `sides:` with `before:` (the 2015 heading) and `after:` (the 2016 heading)'),
    /** Legend words for each strength and for an item with no counterpart (also the matrix's words). */
    legend: strictObject('`legend:`', { strong: words('the legend word for a strong link'), partial: words('the legend word for a partial link'), none: words('the legend word for no link'), unmatched: words('the legend word for an item without counterpart') }, 'a comparison chart needs `legend:` with `strong:`, `partial:`, `none:` and `unmatched:` in French'),
    /** Matrix headings of the column of 2015 items without a 2016 counterpart (`before`) and of the row of 2016 ones (`after`). */
    unmatched: strictObject('`unmatched:`', { before: words('the matrix heading of 2015 items without a 2016 counterpart'), after: words('the matrix heading of 2016 items without a 2015 counterpart') }, 'a comparison chart needs `unmatched:` with `before:` (e.g. "Sans équivalent en 2016") and `after:` (e.g. "Sans équivalent en 2015")'),
  });

export type ComparisonChartData = z.infer<typeof comparisonChartSchema>;
