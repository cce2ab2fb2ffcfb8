/**
 * Height of each chart's embed in a 400 px column, as measured by `npm run embed-heights`
 * (src/cli/measure-embeds.ts, which writes this file): the snippet's fixed height. Do not edit by hand.
 */
export const FALLBACK_COLUMN = 400;

export const MEASURED_HEIGHTS: Readonly<Record<string, number>> = {
  'budget-numerique-2016': 1510,
  'campus-chronologie': 1650,
  'plans-2015-2016': 1600,
  'recrutement-difficile-editions': 1220,
};
