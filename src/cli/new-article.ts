/**
 * `npm run new -- "Titre de l’article"`: writes content/articles/<slug>.mdx, a draft
 * with valid frontmatter and a commented example of each component, then prints where
 * to preview it. Never overwrites an existing article.
 */
import { writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entryId } from '../lib/content/content-layout.ts';
import { readContentFiles } from '../lib/content/content-files.ts';
import { splitFrontmatter } from '../lib/content/frontmatter.ts';
import { articlePath } from '../lib/site/routes.ts';
import { articleTemplate, slugify } from '../lib/content/scaffold.ts';
import { argsOrExit } from './args.ts';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const title = argsOrExit('npm run new -- "Titre de l’article"', {}).positionals.join(' ').trim();
if (!title) fail('Give the title in quotes: npm run new -- "Titre de l’article"');
const slug = slugify(title);
if (!slug) fail(`The title "${title}" gives no usable file name: use letters or digits.`);

const files = readContentFiles('.');
const articles = files.filter((f) => f.path.startsWith('content/articles/') && f.path.endsWith('.mdx'));
const taken = articles.find((f) => entryId(f.path) === slug);
if (taken) fail(`${taken.path} already exists (article id "${slug}"): nothing was written. Choose another title, or edit that file.`);

const orders = articles.map((f) => Number((parse(splitFrontmatter(f.text).frontmatter) as { order?: unknown } | null)?.order) || 0);
const first = (path: string) => entryId(files.find((f) => f.path.startsWith(path))?.path ?? 'exemple');
const data = files.find((f) => f.path.startsWith('content/data/'));
const quotes = Object.keys((parse(files.find((f) => f.path === 'content/quotations.yaml')?.text ?? '') as Record<string, unknown> | null) ?? {});
const text = articleTemplate({
  title,
  date: new Date().toISOString().slice(0, 10),
  order: Math.max(0, ...orders) + 1,
  ids: {
    figure: (parse(data?.text ?? '') as { values?: { id: string }[] } | null)?.values?.[0]?.id ?? 'exemple',
    quote: quotes.find((q) => q.startsWith('q-')) ?? quotes[0] ?? 'exemple',
    question: quotes.find((q) => q.startsWith('question-')) ?? quotes[0] ?? 'exemple',
    source: first('content/sources/'),
  },
});

const path = `content/articles/${slug}.mdx`;
try {
  writeFileSync(path, text, { flag: 'wx' });
} catch {
  fail(`${path} already exists: nothing was written.`);
}
process.stdout.write(
  `Created ${path} (a draft: it shows in \`npm run dev\` only).\n` +
    `Preview: run \`npm run dev\`, then open http://localhost:4321${articlePath({ id: slug, data: { kind: 'article' } })}\n` +
    `Components and ids you can use: http://localhost:4321/guide/\n`,
);
