/**
 * The interface words every chart frame shares (table headings, the pointer to the
 * table). Not chart copy: titles, descriptions, notes and source lines live in
 * content/charts/*.yaml.
 */
export const CHART_LABELS = {
  /** Summary of the collapsible data table. */
  showData: 'Voir les données du graphique',
  /** Caption of the data table; `{title}` is the chart's title. */
  tableCaption: 'Données du graphique « {title} »',
  /** Sentence after the description, saying where the long text alternative is. */
  whereIsTable: 'Toutes les valeurs, leur nature et leur origine sont dans le tableau sous le graphique.',
  columnLabel: 'Donnée',
  columnValue: 'Valeur',
  columnStatus: 'Nature',
  columnOrigin: 'Origine',
  notes: 'Notes',
  source: 'Source',
  /** Prefix of a stated figure's provenance in tooltips and tables. */
  sourcePrefix: 'Source\u00a0: ',
  /** Prefix of a derived figure's formula in tooltips and tables. */
  formulaPrefix: 'Calcul\u00a0: ',
  /** Marks a derived value as approximate. */
  about: '≈\u00a0',
} as const;
