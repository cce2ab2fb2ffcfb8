/**
 * Everything the embed pages, the gallery and the export endpoints say about each declared
 * chart, computed once per build from the dossier: copy, home article, sources, data rows,
 * standalone SVG and the snippet's height.
 */
import { chartExportSvg, exportTable } from './exports.ts';
import type { DataSource, DataTable } from '../lib/data-table.ts';
import { svgSize } from './lib/export-svg.ts';
import { frameCopy, type FrameCopy } from './lib/frame.ts';
import { loadDossier, type Chart } from '../lib/content/content.ts';
import { chartHome, estimateSnippetHeight, type ChartHome } from '../lib/site/embeds.ts';
import { SITE_NAME } from '../lib/site/site.ts';
import { oncePerBuild } from '../lib/build-cache.ts';
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

/** Every declared chart, in id order, with its copy, home, data and images (again on each request in dev). */
export const chartPacks = oncePerBuild(build);

async function build(): Promise<ChartPack[]> {
  const dossier = await loadDossier();
  const charts = [...dossier.charts.values()].sort((a, b) => a.id.localeCompare(b.id));
  return Promise.all(
    charts.map(async (chart) => {
      const copy = frameCopy(chart.data, dossier.figure);
      const home = chartHome(chart.id, dossier.articles);
      const credit = `${SITE_NAME} · ${home.title}`;
      const svg = await chartExportSvg(chart.data, { title: copy.title, source: copy.source, credit }, dossier);
      const size = svgSize(svg);
      return {
        id: chart.id,
        chart,
        copy,
        home,
        sources: chart.data.sources.map(dossier.source).filter((s) => s !== undefined),
        data: await exportTable(chart.data, dossier),
        svg,
        size,
        // Measured in a 400 px column (npm run embed-heights); estimated for a chart not measured yet.
        snippetHeight: MEASURED_HEIGHTS[chart.id] ?? estimateSnippetHeight(size.height, copy),
      };
    }),
  );
}
