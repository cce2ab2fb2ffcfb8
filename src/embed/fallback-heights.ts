/**
 * Height of each chart's embed in a 400 px column, as measured by `npm run embed-heights`
 * (src/cli/measure-embeds.ts, which writes this file): the snippet's fixed height. Do not edit by hand.
 */
export const FALLBACK_COLUMN = 400;

export const MEASURED_HEIGHTS: Readonly<Record<string, number>> = {
  'budget-numerique-2016': 3190,
  'campus-chronologie': 3020,
  'plans-2015-2016': 1880,
  'promesses-2016': 8740,
  'recrutement-difficile-editions': 2130,
};
