/**
 * The comparison chart for export files: its desktop static layout (two columns, links
 * between them) in the light palette, and its data: one row per link (strong, partial or
 * none) and per gap, in the matrix's reading order.
 */
import type { ComparisonChartData, ComparisonData } from '../../content/schemas.ts';
import { LIST_SEPARATOR, sourceText, type DataSource, type DataTable } from '../../lib/data-table.ts';
import { svgSize, tokensWith, type ExportGraphic } from '../lib/export-svg.ts';
import { frenchSpacing } from '../lib/copy.ts';
import comparisonCss from './comparison.css?raw';
import { layoutComparison } from './layout.ts';
import { buildComparisonModel, comparisonMatrix, type QuotationSource } from './model.ts';
import { MARGIN, renderComparisonSvg } from './render.ts';

/** Width of the exported graphic: the article column's no-JavaScript layout. */
export const COMPARISON_EXPORT_WIDTH = 720;

const token = tokensWith(comparisonCss);

/** The comparison chart's graphic and styles for a standalone SVG. */
export function comparisonExportGraphic(chart: ComparisonChartData, c: ComparisonData, quote: QuotationSource): ExportGraphic {
  const geometry = layoutComparison(buildComparisonModel(chart, c, quote), { width: COMPARISON_EXPORT_WIDTH - 2 * MARGIN });
  const svg = renderComparisonSvg(geometry, { titleId: 'export-title', descriptionId: 'export-title', interactive: false });
  const muted = token('--muted');
  const css = [
    `.cmp-box{fill:${token('--paper')};stroke:${token('--ink')};stroke-width:1.5}`,
    `.cmp-box.side-before{fill:${token('--panel')}}`,
    `.cmp-box.is-unmatched{stroke:${muted};stroke-dasharray:5 4}`,
    '.cmp-link{fill:none;stroke-linecap:round}',
    `.cmp-link.is-strong{stroke:${token('--cmp-strong')};stroke-width:5}`,
    `.cmp-link.is-partial{stroke:${token('--cmp-partial')};stroke-width:2.5;stroke-dasharray:7 5}`,
    `.cmp-divider{stroke:${muted};stroke-dasharray:4 4}`,
    `.chart-svg .cmp-note{fill:${muted}}`,
  ].join('\n');
  return { svg, ...svgSize(svg), css };
}

/** The comparison's data columns: key in JSON → header in CSV. */
export const COMPARISON_COLUMNS = {
  priorityId: 'identifiant 2015',
  priority: 'priorité 2015',
  planId: 'identifiant 2016',
  plan: 'volet 2016',
  strength: 'recoupement',
  reason: 'raison',
  quotes: 'citations',
  locatorBefore: 'repère côté 2015',
  locatorAfter: 'repère côté 2016',
  source: 'source',
  sourceUrl: 'adresse de la source',
} as const;

/**
 * One row per link and per gap, as the matrix reads: each 2015 priority's links in the
 * order of the 2016 parts, then its gap; then the 2016 parts without a 2015 counterpart.
 * A gap leaves the other side's columns empty; its quotations are its item's.
 */
export function comparisonExportTable(chart: ComparisonChartData, c: ComparisonData, sourceOf: (id: string) => DataSource | undefined): DataTable {
  const s = sourceOf(c.source);
  const common = { source: sourceText(s) || c.source, sourceUrl: s?.url ?? '' };
  const matrix = comparisonMatrix(c);
  const priority = (row: (typeof matrix.rows)[number]) => ({ priorityId: row.priority.id, priority: `${row.number}. ${row.priority.title}` });
  const part = (p: ComparisonData['plan'][number]) => ({ planId: p.id, plan: p.title });
  const none = { priorityId: '', priority: '', planId: '', plan: '' };
  const rows = [
    ...matrix.rows.flatMap((row) => [
      ...row.cells.flatMap((link, j) =>
        link
          ? [{ ...priority(row), ...part(matrix.columns[j]!), strength: chart.legend[link.strength], reason: frenchSpacing(link.reason), quotes: link.quotes.join(LIST_SEPARATOR), locatorBefore: link.locators.before, locatorAfter: link.locators.after, ...common }]
          : [],
      ),
      ...(row.gap ? [{ ...none, ...priority(row), strength: chart.legend.unmatched, reason: frenchSpacing(row.gap.reason), quotes: row.priority.quotes.join(LIST_SEPARATOR), locatorBefore: row.gap.locator, locatorAfter: '', ...common }] : []),
    ]),
    ...matrix.gapsAfter.flatMap((gap, j) =>
      gap ? [{ ...none, ...part(matrix.columns[j]!), strength: chart.legend.unmatched, reason: frenchSpacing(gap.reason), quotes: matrix.columns[j]!.quotes.join(LIST_SEPARATOR), locatorBefore: '', locatorAfter: gap.locator, ...common }] : [],
    ),
  ];
  return { columns: COMPARISON_COLUMNS, rows };
}
