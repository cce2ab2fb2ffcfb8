/**
 * The interface words every chart frame shares (table headings, the pointer to the
 * table). Not chart copy: titles, descriptions, notes and source lines live in
 * content/charts/*.yaml.
 */
export const CHART_LABELS = {
  /** Summary of the collapsible data table. */
  showData: 'Voir les données du graphique',
  /** Caption of the data table; `{title}` is the chart's title. */
  tableCaption: 'Données du graphique « {title} »',
  /** Sentence after the description, saying where the long text alternative is. */
  whereIsTable: 'Toutes les valeurs, leur nature et leur origine sont dans le tableau sous le graphique.',
  columnLabel: 'Donnée',
  columnValue: 'Valeur',
  columnStatus: 'Nature',
  columnOrigin: 'Origine',
  notes: 'Notes',
  source: 'Source',
  /** Prefix of a stated figure's provenance in tooltips and tables. */
  sourcePrefix: 'Source\u202f: ',
  /** Prefix of a derived figure's formula in tooltips and tables. */
  formulaPrefix: 'Calcul\u202f: ',
  /** Marks a derived value as approximate. */
  about: '≈\u00a0',
} as const;

/** Interface words of the comparison chart (its copy lives in content/charts/*.yaml). */
export const COMPARISON_LABELS = {
  /** Heading of a 2015 priority's details: `{side}` is the 2015 heading, `{n}` its number in the report. */
  priorityHead: '{side}, priorité {n}\u202f: «\u202f{title}\u202f» ({locator})',
  /** Heading of a 2016 part's details. */
  partHead: '{side}\u202f: {title} ({locator})',
  /** Heading of one link in an item's details; locators on the 2015 and 2016 sides. */
  linkHead: '{strength} avec {partner} ({before} et {after})',
  /** Heading of an item's gap: `{unmatched}` is the legend's word. */
  gapHead: '{unmatched} ({locator})',
  /** Before the quotations that support a link, in the matrix. */
  supportedBy: 'À l’appui\u202f: ',
  /** Column headings of the list form (one row per link) the matrix takes on narrow screens. */
  listColumns: { strength: 'Recoupement', reason: 'Raison' },
  /** Said instead of quotations when none supports a link. */
  unquoted: 'aucune citation de l’entretien ne l’appuie mot pour mot',
  /** An empty matrix cell, for screen readers. */
  noLink: 'aucun lien',
  /** The two views' buttons. */
  diagram: 'Schéma',
  matrix: 'Matrice',
  /** Name of the group of view buttons. */
  views: 'Affichage',
  /** Sentence after the description, saying where the matrix is. */
  whereIsMatrix: 'Chaque rapprochement, avec sa raison, ses citations et leurs paragraphes, est détaillé dans la matrice.',
} as const;

/** Fills `{name}` slots of an interface template. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
