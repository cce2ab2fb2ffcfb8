/**
 * The whole content checked from its files, before Astro runs: YAML syntax, schemas,
 * duplicate article ids, MDX traps, then the cross-collection integrity. Pure: takes
 * the files' text, returns problems (one per mistake), each naming the file, the field
 * or line, and the fix. `src/cli/check-content.ts` runs it before every build.
 */
import { slug } from 'github-slugger';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema, type ArticleData } from '../content/schemas.ts';
import { visibleArticles } from './drafts.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkIntegrity, type ArticleEntry, type Entry } from './integrity.ts';
import { scanMdx } from './mdx-scan.ts';
import type { Problem } from './problems.ts';
import { describeIssues } from './schema-errors.ts';
import { isComparisonFile } from '../content/data-files.ts';

/** A content file: its path from the project root (`content/…`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Options that the content files alone do not give. */
export interface CheckOptions {
  /** Ids of declared charts, once charts exist. */
  chartIds?: Set<string>;
}

/** The id Astro's glob loader gives a file: its name without extension, slugified. */
export function entryId(path: string): string {
  const name = path.split('/').pop() ?? path;
  return slug(name.replace(/\.[^.]+$/, ''));
}

/** Every problem of the content (empty when it may be built). */
export function checkContent(files: ContentFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const under = (dir: string, ext: string) => files.filter((f) => f.path.startsWith(dir) && f.path.endsWith(ext));

  const yamlOf = (f: ContentFile, text = f.text, lineOffset = 0): unknown => {
    try {
      return parse(text);
    } catch (e) {
      const line = e instanceof YAMLParseError ? (e.linePos?.[0].line ?? 0) + lineOffset : undefined;
      const what = (e as Error).message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
      problems.push({ file: f.path, ...(line ? { line } : {}), field: 'YAML', message: `${what}: check the quotes, colons and indentation on this line` });
      return undefined;
    }
  };
  function validate<S extends z.ZodType>(f: ContentFile, schema: S, raw: unknown, prefix = ''): z.infer<S> | undefined {
    const result = schema.safeParse(raw ?? {});
    if (result.success) return result.data;
    problems.push(...describeIssues(f.path, result.error, prefix));
    return undefined;
  }

  const articles: (ArticleEntry & { data: ArticleData })[] = [];
  const seen = new Map<string, string>();
  for (const f of under('content/articles/', '.mdx')) {
    const id = entryId(f.path);
    const other = seen.get(id);
    if (other) problems.push({ file: f.path, field: 'file name', message: `its article id "${id}" is also that of ${other}, so one page would replace the other: rename one of the two files (lowercase words joined by "-")` });
    else seen.set(id, f.path);
    for (const trap of scanMdx(f.text).traps) problems.push({ file: f.path, line: trap.line, field: 'MDX', message: trap.message });
    const split = splitFrontmatter(f.text);
    if (!split.frontmatter.trim()) {
      problems.push({ file: f.path, line: 1, field: 'frontmatter', message: 'the file must start with a frontmatter block between two `---` lines (title, standfirst, kind…): copy one from another article, or run `npm run new`' });
      continue;
    }
    const data = validate(f, articleSchema, yamlOf(f, split.frontmatter, 1));
    if (data) articles.push({ id, file: f.path, data, body: split.body, bodyLine: split.bodyLine });
  }

  const sourceIds = new Set<string>();
  const sourceTitles: string[] = [];
  for (const f of under('content/sources/', '.yaml')) {
    const data = validate(f, sourceSchema, yamlOf(f));
    if (!data) continue;
    sourceIds.add(entryId(f.path));
    if (data.title) sourceTitles.push(data.title);
  }

  const quotations: Entry<z.infer<typeof quotationSchema>>[] = [];
  for (const f of under('content/quotations.yaml', '.yaml')) {
    const all = yamlOf(f);
    for (const [qid, raw] of Object.entries((all ?? {}) as Record<string, unknown>)) {
      const data = validate(f, quotationSchema, raw, qid);
      if (data) quotations.push({ id: qid, file: f.path, data });
    }
  }

  const datasets: Entry<z.infer<typeof datasetSchema>>[] = [];
  const comparisons: Entry<z.infer<typeof comparisonSchema>>[] = [];
  for (const f of under('content/data/', '.yaml')) {
    if (isComparisonFile(f.path)) {
      const data = validate(f, comparisonSchema, yamlOf(f));
      if (data) comparisons.push({ id: entryId(f.path), file: f.path, data });
      continue;
    }
    const data = validate(f, datasetSchema, yamlOf(f));
    if (data) datasets.push({ id: entryId(f.path), file: f.path, data });
  }

  const charts: Entry<z.infer<typeof chartSchema>>[] = [];
  for (const f of under('content/charts/', '.yaml')) {
    const data = validate(f, chartSchema, yamlOf(f));
    if (data) charts.push({ id: entryId(f.path), file: f.path, data });
  }

  // Cross-collection checks only make sense once every file is valid on its own.
  if (problems.length) return problems;
  const published = visibleArticles(articles, false);
  return checkIntegrity({
    articles: published,
    draftIds: new Set(articles.filter((a) => !published.includes(a)).map((a) => a.id)),
    sourceIds,
    sourceTitles,
    quotations,
    datasets,
    comparisons,
    charts,
    ...(options.chartIds ? { chartIds: options.chartIds } : {}),
  });
}
