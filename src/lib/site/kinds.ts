/** Readers' names for each kind of article. */
import type { ArticleData } from '../../content/schemas.ts';

/** « Entretien », « Analyse », « Article ». */
export const KIND_LABELS: Record<ArticleData['kind'], string> = { entretien: 'Entretien', analyse: 'Analyse', article: 'Article' };
