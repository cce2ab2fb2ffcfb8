/** What a reader sees of a figure: its text, its status, its provenance. Pure. */
import type { DatasetValue } from '../content/schemas.ts';
import { formatNumber, formatValue, NBSP } from './format.ts';

/** The figure as printed in prose: `46 M€`, `+39 %`. */
export function figureText(v: Pick<DatasetValue, 'value' | 'unit' | 'signed'>): string {
  return formatValue(v.value, v.unit, { signed: v.signed });
}

/** Readers' words for each status. */
export const STATUS_LABELS: Record<DatasetValue['status'], string> = {
  budgeted: 'montant budgété',
  'programme-authorisation': 'autorisation de programme',
  'announced-change': 'variation annoncée',
  reported: 'chiffre publié par la source',
  'derived-estimate': 'estimation déduite',
};

/**
 * A derived value's formula with its inputs' numbers, for readers:
 * `{fibre-2016} / (1 + {fibre-growth} / 100)` → `46 ÷ (1 + 39 ÷ 100) ≈ 33,1`.
 */
export function formulaForReaders(v: Pick<DatasetValue, 'derived' | 'value' | 'unit'>, lookup: (id: string) => number | undefined): string {
  if (!v.derived) return '';
  const body = v.derived.formula
    .replace(/\{([^}]*)\}/g, (_, id: string) => formatNumber(lookup(id) ?? NaN))
    .replace(/\*/g, '×')
    .replace(/\//g, '÷')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
  return `${body} ≈${NBSP}${formatValue(v.value, v.unit)}`;
}
