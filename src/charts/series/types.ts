/** The series chart's data as its layout and enhancer receive it: plain, JSON-safe, pre-formatted. */

/** One point, with everything a reader sees of it. */
export interface SeriesPoint {
  /** The figure id, unique in the chart. */
  id: string;
  /** First line under the point, e.g. `1re édition`. */
  label: string;
  /** When, as the sources allow, e.g. `printemps 2016 ?`. */
  when: string;
  value: number;
  /** The value as printed on the chart, e.g. `60 %`. */
  valueText: string;
  /** Drawn hollow with a dashed outline: less firm than the others (see its tooltip). */
  caveat: boolean;
  /** Not joined to the previous point; this text stands in the gap. */
  breakBefore?: string;
  /** Tooltip lines: full label, value, edition and date, status, caveat, source and locator. */
  details: string[];
}

/** A tick of the value axis, formatted at build time. */
export interface SeriesTick {
  value: number;
  text: string;
}

/** The chart's whole input. */
export interface SeriesData {
  /** Top of the zero-based value scale. */
  max: number;
  ticks: SeriesTick[];
  axisLabel: string;
  legend: { firm: string; caveat: string };
  points: SeriesPoint[];
}
