/** `<series-chart>`: the live series chart (see lib/live.ts): re-laid out at its width, tooltip, keyboard. */
import { defineLiveChart } from '../lib/live.ts';
import { layoutSeries } from './layout.ts';
import { renderSeriesSvg } from './render.ts';
import type { SeriesData } from './types.ts';

defineLiveChart<SeriesData, ReturnType<typeof layoutSeries>>('series-chart', {
  layout: (data, width) => layoutSeries(data, { width }),
  render: renderSeriesSvg,
  details: (data) => new Map(data.points.map((p) => [p.id, p.details])),
  anchor: '.series-dot',
});
