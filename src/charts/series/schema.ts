/** The declaration of a series chart: `kind: series` in content/charts/<id>.yaml. */
import { z } from 'astro/zod';
import { field, id, strictObject } from '../../content/schema-kit.ts';
import { chartBase } from '../lib/base-schema.ts';

/** One point of a series chart: a figure, its place on the axis, and why it is less firm, if it is. */
const seriesPointSchema = strictObject('a point', {
    /** Figure id in the chart's dataset. */
    figure: id('figure'),
    /** First line under the point, in French, e.g. "1re édition". */
    label: field(z.string().min(1), 'the short label of the point, in French, e.g. "2e édition"'),
    /** When, as precisely as the sources allow, in French, e.g. "mai 2017" or "printemps 2016 ?". */
    when: field(z.string().min(1), 'when the point stands, in French, e.g. "mai 2017"'),
    /** What makes the point less firm than the others (inferred date, other wording): drawn hollow and dashed, told in tooltip and table. */
    caveat: z.string().min(1).optional(),
    /** Not joined to the previous point: why, in French, printed in the gap (e.g. "question posée autrement"). */
    breakBefore: z.string().min(1).optional(),
  }, 'a point is `{ figure: <figure id>, label: "…", when: "…" }`');

/** A series chart: one value per edition or period, on a zero-based scale; points of one line join only where they compare. */
export const seriesChartSchema = strictObject('a series chart', {
    kind: z.literal('series'),
    ...chartBase,
    /** Label of the value axis, in French, e.g. "part des entreprises interrogées". */
    axisLabel: field(z.string().min(1), 'what the values measure, in French'),
    /** Legend words for a firm point and a point with a caveat, in French. */
    legend: strictObject('`legend:`', { firm: z.string().min(1), caveat: z.string().min(1) }, 'a series chart needs `legend:` with `firm:` and `caveat:` in French'),
    /** The points, in axis order (left to right). */
    points: field(z.array(seriesPointSchema).min(2), 'the points, a list of at least two, each with `figure:`, `label:` and `when:`'),
  }).superRefine((c, ctx) => {
  if (c.points[0]?.breakBefore) ctx.addIssue({ code: 'custom', path: ['points', 0, 'breakBefore'], message: 'the first point has no previous point to break from: remove `breakBefore:`' });
  const seen = new Set<string>();
  c.points.forEach((p, i) => {
    if (seen.has(p.figure)) ctx.addIssue({ code: 'custom', path: ['points', i, 'figure'], message: `figure "${p.figure}" is drawn twice: each point needs its own figure` });
    seen.add(p.figure);
  });
});

export type SeriesChartData = z.infer<typeof seriesChartSchema>;
