/** The dossier's articles as the tests know them: read from content/articles, not from the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articlePath } from '../../../src/lib/site/routes.ts';
import type { ArticleData } from '../../../src/content/schemas.ts';

export interface TestArticle {
  id: string;
  path: string;
  title: string;
  order: number;
  related: string[];
}

/** Every published article, in dossier order. */
export function dossierArticles(): TestArticle[] {
  return readdirSync('content/articles')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const id = f.slice(0, -'.mdx'.length);
      const front = readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m)[1] ?? '';
      const data = parse(front) as Pick<ArticleData, 'title' | 'kind' | 'order' | 'related' | 'draft'>;
      return { id, data };
    })
    .filter(({ data }) => !data.draft)
    .map(({ id, data }) => ({ id, path: articlePath({ id, data }), title: data.title, order: data.order, related: data.related ?? [] }))
    .sort((a, b) => a.order - b.order);
}
