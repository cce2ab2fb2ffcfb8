/**
 * Each chart's export files, made at build: `<id>.png` (2×), `<id>.svg`, `<id>.csv`, `<id>.json`,
 * and its social card, the same image fitted to 1200×630.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv, toJson } from '../../../lib/data-table.ts';
import { chartPacks, PNG_SCALE, type ChartPack } from '../../../charts/chart-files.ts';
import { correctionForExport } from '../../../lib/editorial/corrections.ts';
import { loadCorrections } from '../../../dossier/dossier-corrections.ts';
import { chartCardPath, EXPORT_FORMATS, embedPath, type ExportFormat } from '../../../lib/site/embeds.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../lib/site/social-card.ts';
import { renderPng } from '../../../lib/site/png-render.ts';
import { chartCardSvg } from '../../../charts/lib/export-svg.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await chartPacks()).flatMap((pack) => [
    ...EXPORT_FORMATS.map((format) => ({ params: { chart: pack.id, file: `${pack.id}.${format}` }, props: { pack, format } })),
    { params: { chart: pack.id, file: chartCardPath(pack.id).split('/').at(-1) }, props: { pack, format: 'card' } },
  ]);

const TYPES: Record<ExportFormat | 'card', string> = {
  card: 'image/png',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute = async ({ props, site }) => {
  const { pack, format } = props as { pack: ChartPack; format: ExportFormat | 'card' };
  const corrections = ((await loadCorrections()).byChart.get(pack.id) ?? []).map(correctionForExport);
  const abs = (path: string) => new URL(path, site).href;
  const body = {
    png: async () => new Uint8Array(await renderPng(pack.svg, { width: pack.size.width * PNG_SCALE })),
    card: async () => new Uint8Array(await renderPng(chartCardSvg(pack.svg, CARD_WIDTH, CARD_HEIGHT))),
    svg: () => pack.svg,
    csv: () => toCsv(pack.data),
    json: () =>
      toJson(
        {
          id: pack.id,
          kind: pack.chart.data.kind,
          title: pack.copy.title,
          description: pack.copy.description,
          notes: pack.copy.notes,
          sourceLine: pack.copy.source,
          article: abs(pack.home.path),
          embed: abs(embedPath(pack.id)),
          sources: pack.sources,
          corrections,
        },
        pack.data,
      ),
  }[format]();
  return new Response(await body, { headers: { 'Content-Type': TYPES[format] } });
};
