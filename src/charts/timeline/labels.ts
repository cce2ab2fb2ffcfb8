/** Interface words of the timeline's table and tooltip (chart copy lives in content/charts/*.yaml). */
export const TIMELINE_LABELS = {
  columnEvent: 'Événement',
  columnDate: 'Date',
  columnPrecision: 'Précision de la date',
  /** Prefix of the line saying how sure a date is. */
  datePrefix: 'Date\u202f: ',
  /** Prefix of the figures linked to an event, in the table. */
  figuresPrefix: 'Chiffres liés\u202f: ',
} as const;
