/** `<timeline-chart>`: the live timeline (see lib/live.ts): re-laid out at its width, tooltip, keyboard. */
import { defineLiveChart } from '../lib/live.ts';
import { layoutTimeline } from './layout.ts';
import { renderTimelineSvg } from './render.ts';
import type { TimelineData } from './types.ts';

defineLiveChart<TimelineData, ReturnType<typeof layoutTimeline>>('timeline-chart', {
  layout: (data, width) => layoutTimeline(data, { width }),
  render: renderTimelineSvg,
  details: (data) => new Map(data.events.map((e) => [e.id, e.details])),
  anchor: '.timeline-marker',
});
