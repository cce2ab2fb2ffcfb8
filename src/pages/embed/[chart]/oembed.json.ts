/** A static oEmbed document per chart (type "rich"), with provenance: the sources' titles and addresses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPacks, PNG_SCALE, type ChartPack } from '../../../charts/chart-files.ts';
import { correctionForExport } from '../../../lib/editorial/corrections.ts';
import { loadCorrections } from '../../../dossier/dossier-corrections.ts';
import { exportPath, oembedDocument } from '../../../lib/site/embeds.ts';

/** Width the oEmbed document suggests: the article column. */
const OEMBED_WIDTH = 720;

export const getStaticPaths: GetStaticPaths = async () => (await chartPacks()).map((pack) => ({ params: { chart: pack.id }, props: { pack } }));

export const GET: APIRoute = async ({ props, site }) => {
  const { pack } = props as { pack: ChartPack };
  const corrections = ((await loadCorrections()).byChart.get(pack.id) ?? []).map(correctionForExport);
  const doc = oembedDocument({
    site: site!,
    id: pack.id,
    title: pack.copy.title,
    height: pack.snippetHeight,
    width: OEMBED_WIDTH,
    thumbnail: { path: exportPath(pack.id, 'png'), width: pack.size.width * PNG_SCALE, height: pack.size.height * PNG_SCALE },
    sources: pack.sources.map((s) => ({ title: [s.publisher, s.title].filter(Boolean).join(', '), ...(s.url ? { url: s.url } : {}) })),
    home: pack.home,
    sourceLine: pack.copy.source,
    corrections,
  });
  return new Response(JSON.stringify(doc, null, 2) + '\n', { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
