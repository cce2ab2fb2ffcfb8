/** Interface words of the promise tracker (its copy lives in content/charts/*.yaml). */
import type { TrackerStatus } from '../../content/schemas.ts';

/** The fixed scale, as readers read it. */
export const STATUS_WORDS: Record<TrackerStatus, string> = {
  tenue: 'tenue',
  'en-partie': 'en partie',
  'pas-tenue': 'pas tenue',
  inconnu: 'trop tôt ou inconnu',
};

/** A sign per status, so that no status is told by colour alone. */
export const STATUS_SIGNS: Record<TrackerStatus, string> = {
  tenue: '✓',
  'en-partie': '½',
  'pas-tenue': '✗',
  inconnu: '?',
};

export const TRACKER_LABELS = {
  /** Before the promise's date and quotation. */
  promised: 'Promis',
  /** Heading of the events list. */
  happened: 'Ce qui s’est passé',
  /** When a row has no sourced event. */
  noEvent: 'Aucun événement daté dans nos sources.',
  /** Before the reason of a status. */
  why: 'Pourquoi\u202f: ',
  /** Before linked figures. */
  figures: 'Chiffres\u202f: ',
  /** Filter group name and its « all » button. */
  filter: 'Filtrer par statut',
  all: 'Tous',
  /** Live count after filtering: `{n}` rows shown out of `{total}`. */
  shown: '{n} engagement(s) affiché(s) sur {total}',
  /** Summary line of one status, e.g. « en partie : 2 ». */
  tally: '{status}\u202f: {n}',
  /** Columns of the data table. */
  columnPromise: 'Engagement',
  columnStatus: 'Statut',
  columnReason: 'Raison',
  columnEvents: 'Sources des faits',
  /** Where the long alternative is. */
  where: 'Chaque engagement, sa date, ce qui a suivi et la source de chaque fait sont dans la liste sous le graphique et dans le tableau.',
} as const;
