/**
 * Everything the embed pages, the gallery and the export endpoints say about each declared
 * chart, computed once per build from the dossier: copy, home article, sources, data rows,
 * standalone SVG and the snippet's height.
 */
import { chartExportSvg, exportTable, type ExportDossier } from '../charts/exports.ts';
import type { DataSource, DataTable } from '../charts/lib/export-data.ts';
import { svgSize } from '../charts/lib/export-svg.ts';
import { frameCopy, type FrameCopy } from '../charts/lib/frame.ts';
import { loadDossier, type Chart } from './content.ts';
import { chartHome, estimateSnippetHeight, type ChartHome } from './embeds.ts';
import { SITE_NAME } from './site.ts';
import { MEASURED_HEIGHTS } from '../embed/fallback-heights.ts';

/** PNG exports are drawn at twice the SVG's size, for sharp screens. */
export const PNG_SCALE = 2;

/** One chart with all it needs outside its articles. */
export interface ChartPack {
  id: string;
  chart: Chart;
  copy: FrameCopy;
  home: ChartHome;
  sources: DataSource[];
  /** Its data: the rows of what it shows, with its columns. */
  data: DataTable;
  /** The standalone SVG document (light palette, Inter). */
  svg: string;
  /** Its size in CSS pixels; the PNG is PNG_SCALE times larger. */
  size: { width: number; height: number };
  /** Fixed height of the snippet's iframe, before (or without) the loader. */
  snippetHeight: number;
}

let cached: Promise<ChartPack[]> | undefined;

/** Every declared chart, in id order, with its copy, home, data and images. */
export function chartPacks(): Promise<ChartPack[]> {
  return (cached ??= build());
}

async function build(): Promise<ChartPack[]> {
  const { charts, figures, sources, articles, datasets, comparisons, quotations } = await loadDossier();
  const source = (id: string): DataSource | undefined => {
    const s = sources.get(id)?.data;
    return s ? { id, title: s.title, publisher: s.publisher, date: s.date, url: s.url } : undefined;
  };
  const dossier: ExportDossier = {
    figure: (id) => figures.get(id),
    publisher: (id) => sources.get(id)?.data.publisher,
    source,
    events: (id) => datasets.find((d) => d.id === id)?.data.events ?? [],
    comparison: (id) => comparisons.find((c) => c.id === id)?.data,
    quote: (id) => quotations.get(id)?.data,
  };
  return [...charts.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((chart) => {
      const copy = frameCopy(chart.data, dossier.figure);
      const home = chartHome(chart.id, articles);
      const credit = `${SITE_NAME} · ${home.title}`;
      const svg = chartExportSvg(chart.data, { title: copy.title, source: copy.source, credit }, dossier);
      const size = svgSize(svg);
      return {
        id: chart.id,
        chart,
        copy,
        home,
        sources: chart.data.sources.map(source).filter((s) => s !== undefined),
        data: exportTable(chart.data, dossier),
        svg,
        size,
        // Measured in a 400 px column (npm run embed-heights); estimated for a chart not measured yet.
        snippetHeight: MEASURED_HEIGHTS[chart.id] ?? estimateSnippetHeight(size.height, copy),
      };
    });
}
