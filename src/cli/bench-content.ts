/**
 * Synthetic articles for `npm run bench`: valid MDX that uses the components real articles use
 * (figures from the data, a quotation, a note and, once charts exist, a chart). Pure.
 */

/** Ids the synthetic articles may reference, read from the real content. */
export interface BenchIds {
  figures: string[];
  sources: string[];
  quotation?: string;
  chart?: string;
}

const FILLER =
  'Ce paragraphe de remplissage sert uniquement à mesurer le coût de construction du site ; il ne dit rien ' +
  'de la politique numérique de la Région et ne sera jamais publié. Sa longueur est celle d’un paragraphe ' +
  'ordinaire d’article, pour que le banc d’essai pèse ce que pèsent de vraies pages.';

/** File name (without .mdx) of the n-th synthetic article, e.g. `banc-essai-0007`. */
export function benchArticleId(n: number): string {
  return `banc-essai-${String(n).padStart(4, '0')}`;
}

/** The MDX of the n-th synthetic article (1-based): frontmatter, six paragraphs, figures, quotation, note, chart. */
export function benchArticle(n: number, ids: BenchIds): string {
  if (ids.figures.length === 0 || ids.sources.length === 0) throw new Error('bench: the content has no figure or no source to reference');
  const figure = (k: number) => `<Figure id="${ids.figures[(n + k) % ids.figures.length]}" />`;
  const paragraphs = Array.from({ length: 6 }, (_, k) => `${FILLER} Chiffre de référence : ${figure(k)}.`);
  const blocks = [
    paragraphs[0],
    paragraphs[1],
    ...(ids.chart ? [`<Chart id="${ids.chart}" />`] : []),
    paragraphs[2],
    ...(ids.quotation ? [`<Quote id="${ids.quotation}" />`] : []),
    paragraphs[3],
    `<Note title="Note du banc d’essai">\n\n${paragraphs[4]}\n\n</Note>`,
    `## Deuxième partie\n\n${paragraphs[5]}`,
  ];
  return [
    '---',
    `title: "Article de banc d’essai n° ${n}"`,
    'standfirst: "Un article généré pour mesurer le coût de construction du site, jamais publié."',
    'kind: article',
    'date: 2026-11-26',
    'authors: [Banc d’essai]',
    `sources: [${ids.sources[0]}]`,
    'tags: [banc d’essai]',
    `order: ${1000 + n}`,
    '---',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** File name (without .mdx) of the n-th copy of a real article, e.g. `copie-0007-fibre-…`. */
export function copyArticleId(n: number, id: string): string {
  return `copie-${String(n).padStart(4, '0')}-${id}`;
}

/**
 * The n-th copy of a real article's MDX: the same body (figures, quotations, chart), a title and
 * description marked as a copy, placed after the real articles. Throws when the frontmatter lacks
 * a field it must change, so the bench never measures an unchanged duplicate.
 */
export function copyArticle(n: number, mdx: string, file: string): string {
  const end = mdx.indexOf('\n---', 4);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error(`bench: ${file} has no frontmatter between --- lines`);
  let front = mdx.slice(0, end);
  for (const field of ['title', 'description', 'order']) {
    if (!new RegExp(`^${field}: `, 'm').test(front)) throw new Error(`bench: ${file} has no "${field}" in its frontmatter`);
  }
  front = front
    .replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t} (copie de banc d’essai n° ${n})"`)
    .replace(/^description: "(.*)"$/m, (_, d: string) => `description: "${d} Copie n° ${n}, jamais publiée."`)
    .replace(/^order: .*$/m, `order: ${1000 + n}`);
  return front + mdx.slice(end);
}
