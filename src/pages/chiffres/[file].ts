/**
 * /chiffres/chiffres.csv and /chiffres/chiffres.json: the whole /chiffres/ table, with the chart
 * exports' conventions (README, "CSV format") and two more columns, theme and citing pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv, toJson, type DataSource } from '../../lib/data-table.ts';
import { figuresByTheme, figuresTable } from '../../lib/explorer/explorer-figures.ts';
import { loadExplorer } from '../../dossier/explorer.ts';
import { FIGURES_PATH } from '../../lib/explorer/explorer-index.ts';
import { DATA_LICENSE } from '../../lib/site/publisher.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { file: 'chiffres.csv' } }, { params: { file: 'chiffres.json' } }];

export const GET: APIRoute = async ({ params, site }) => {
  const { dossier, index } = await loadExplorer();
  const abs = (path: string) => new URL(path, site).href;
  const source = (id: string): DataSource | undefined => {
    const s = dossier.sources.get(id);
    return s && { id, title: s.data.title, publisher: s.data.publisher, date: s.data.date, url: s.data.url };
  };
  const themes = figuresByTheme(dossier.datasets.map((d) => ({ id: d.id, title: d.data.title })), dossier.figures.values());
  const table = figuresTable(themes, source, (id) => index.figures.get(id) ?? [], abs);
  if (params.file === 'chiffres.csv') return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const used = [...new Set(themes.flatMap((t) => t.figures.flatMap((f) => (f.source ? [f.source] : []))))].flatMap((id) => source(id) ?? []);
  const body = JSON.parse(
    toJson(
      { id: 'chiffres', kind: 'figures', title: 'Les chiffres du Dossier Numérique', description: 'Tous les chiffres du dossier, un par ligne, avec leur source ou leur calcul et les pages qui les citent.', notes: [], sourceLine: '', article: abs(FIGURES_PATH), embed: '', sources: used, corrections: [] },
      table,
    ),
  ) as Record<string, unknown>;
  return new Response(JSON.stringify({ ...body, license: DATA_LICENSE.url }, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
