/**
 * Where a figure's provenance lives on a page: its row in « Les chiffres de cet article ».
 * Shared by the inline figure (a link to the row) and the table (the row's id).
 */

/** Id of the figure table's heading; inline figures are described by it. */
export const FIGURE_TABLE_HEADING_ID = 'chiffres';

/** Id of a figure's row in the figure table. */
export function figureRowId(figureId: string): string {
  return `chiffre-${figureId}`;
}
