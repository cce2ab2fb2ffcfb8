/** The timeline chart's data as its layout and enhancer receive it: plain, JSON-safe, pre-formatted. */

/** How precisely the sources date an event. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One event, with everything a reader sees of it. */
export interface TimelineEvent {
  /** The event id, unique in the chart. */
  id: string;
  /** The period the date covers, in decimal years (equal for a day). */
  start: number;
  end: number;
  precision: DatePrecision;
  /** Inferred or approximate date: drawn hollow with a dashed outline. */
  uncertain: boolean;
  /** The date as printed, e.g. `octobre 2015`. */
  dateText: string;
  /** Short label on the chart. */
  label: string;
  /** Tooltip lines: full label, date, how sure it is, linked figures, source and locator. */
  details: string[];
}

/** The chart's whole input. */
export interface TimelineData {
  /** First and last year boundaries of the axis. */
  from: number;
  to: number;
  legend: { day: string; span: string; uncertain: string };
  /** In date order. */
  events: TimelineEvent[];
}
