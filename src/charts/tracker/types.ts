/** The promise tracker's data as its layout and enhancer receive it: plain, JSON-safe, pre-formatted. */
import type { TrackerStatus } from '../../content/schemas.ts';

export type { TrackerStatus };

/** One dated event behind a status. */
export interface TrackerEvent {
  id: string;
  /** The date as readers should read it, bound or inference included, e.g. `3 mai 2016, au plus tard à cette date`. */
  when: string;
  /** Inferred, approximate or bounded date. */
  uncertain: boolean;
  /** What happened, one sentence. */
  label: string;
  /** Linked figures, each « label : value ». */
  figures: string[];
  /** « Source : publisher, locator ». */
  origin: string;
}

/** One commitment. */
export interface TrackerRow {
  id: string;
  promise: string;
  status: TrackerStatus;
  /** The status as readers see it (« en partie »). */
  statusLabel: string;
  reason: string;
  /** When and where it was promised. */
  promised: TrackerEvent;
  /** The quotation that states it, when one may be quoted. */
  quote?: { id: string; text: string; speaker?: string; origin: string };
  /** What happened, in date order. */
  events: TrackerEvent[];
}

/** Count of rows per status, in the scale's order (statuses with no row included, count 0). */
export interface TrackerTally {
  status: TrackerStatus;
  label: string;
  count: number;
}

/** The chart's whole input. */
export interface TrackerData {
  tally: TrackerTally[];
  rows: TrackerRow[];
}
