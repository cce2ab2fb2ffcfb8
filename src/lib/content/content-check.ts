/**
 * The whole content checked from its files, before Astro runs: YAML syntax, schemas,
 * duplicate article ids, MDX traps, then the cross-collection integrity. Pure: takes
 * the files' text, returns problems (one per mistake), each naming the file, the field
 * or line, and the fix. `src/cli/check-content.ts` runs it before every build.
 */
import type { z } from 'astro/zod';
import { articleSchema, chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema, type ArticleData, type CorrectionData } from '../../content/schemas.ts';
import { visibleArticles } from './drafts.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkIntegrity, type ArticleEntry, type Entry } from './integrity.ts';
import { checkMdxTree } from './mdx-allow.ts';
import { findMdxTraps } from './mdx-traps.ts';
import type { Problem } from './problems.ts';
import { describeIssues } from './schema-errors.ts';
import { fieldToPath } from './problem-lines.ts';
import { readYaml, type YamlRead } from './yaml-source.ts';

import { COLLECTION_FILES, entryId, inCollection, QUOTATIONS_FILE as QUOTATIONS, type CollectionFiles } from './content-layout.ts';
import { checkPublished, parseRecord, RECORD_FILE, type PublishedContent } from '../editorial/publish-check.ts';

/** A content file: its path from the project root (`content/…`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
  /** Set when the bytes are not UTF-8: the file is reported, not read. */
  encodingError?: { line: number; message: string };
}

/** Options that the content files alone do not give. */
export interface CheckOptions {
  /** Ids of declared charts, once charts exist. */
  chartIds?: Set<string>;
  /** Today, "YYYY-MM-DD", for the corrections' dates (default: the machine's day, UTC). */
  today?: string;
}


/** Reads content files into checked data, collecting each file's problems (with lines). */
function createReader() {
  const problems: Problem[] = [];
  const lineOfFile = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();
  /** The file's YAML, or undefined after reporting its first syntax error (and nothing more of it). */
  const yamlOf = (f: ContentFile, text = f.text, lineOffset = 0): (YamlRead & { ok: true }) | undefined => {
    const read = readYaml(text, lineOffset);
    if (read.ok) {
      lineOfFile.set(f.path, read.lineOf);
      return read;
    }
    problems.push({ file: f.path, ...(read.line ? { line: read.line } : {}), field: 'YAML', message: `${read.message}: check the quotes, colons and indentation on this line (indent with spaces, never tabs)` });
    return undefined;
  };
  function validate<S extends z.ZodType>(f: ContentFile, schema: S, yaml: (YamlRead & { ok: true }) | undefined, prefix = ''): z.infer<S> | undefined {
    if (!yaml) return undefined;
    const raw = prefix ? (yaml.value as Record<string, unknown>)[prefix] : yaml.value;
    const result = schema.safeParse(raw ?? {});
    if (result.success) return result.data;
    const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf(prefix ? [prefix, ...path] : path);
    problems.push(...describeIssues(f.path, result.error, prefix, lineOf));
    return undefined;
  }
  /** An article file on its own: MDX traps, what the MDX contains, its frontmatter. */
  function article(f: ContentFile): (ArticleEntry & { data: ArticleData }) | undefined {
    const traps = findMdxTraps(f.text);
    for (const trap of traps) problems.push({ file: f.path, line: trap.line, column: trap.column, field: 'MDX', message: trap.message });
    // The classic traps explain themselves better than the parser would; past them, the tree.
    if (!traps.length) for (const issue of checkMdxTree(f.text)) problems.push({ file: f.path, line: issue.line, column: issue.column, field: issue.field, message: issue.message });
    const split = splitFrontmatter(f.text);
    if (!split.frontmatter.trim()) {
      problems.push({ file: f.path, line: 1, field: 'frontmatter', message: 'the file must start with a frontmatter block between two `---` lines (title, standfirst, kind…): copy one from another article, or run `npm run new`' });
      return undefined;
    }
    const data = validate(f, articleSchema, yamlOf(f, split.frontmatter, 1));
    return data && { id: entryId(f.path), file: f.path, data, body: split.body, bodyLine: split.bodyLine };
  }
  return { problems, lineOfFile, yamlOf, validate, article };
}

/** The problems of one article file on its own (what `npm run dev` stops on as it loads the file). */
export function checkArticleFile(f: ContentFile): Problem[] {
  if (f.encodingError) return [{ file: f.path, line: f.encodingError.line, field: 'encoding', message: f.encodingError.message }];
  const reader = createReader();
  reader.article(f);
  return reader.problems;
}

/** The content's entries, each valid on its own, and the problems found reading them. */
export interface ParsedContent {
  problems: Problem[];
  /** Per file, the YAML line of a field path (for cross-collection problems). */
  lineOfFile: Map<string, (path: readonly PropertyKey[]) => number | undefined>;
  articles: (ArticleEntry & { data: ArticleData })[];
  sourceIds: Set<string>;
  /** Recorded titles of the sources (a title in « » in data prose is not a quotation). */
  sourceTitles: string[];
  quotations: Entry<z.infer<typeof quotationSchema>>[];
  datasets: Entry<z.infer<typeof datasetSchema>>[];
  comparisons: Entry<z.infer<typeof comparisonSchema>>[];
  charts: Entry<z.infer<typeof chartSchema>>[];
}

/** Reads and validates every file on its own (no cross-collection check). */
export function parseContent(all: ContentFile[]): ParsedContent {
  const { problems, lineOfFile, yamlOf, validate, article } = createReader();
  for (const f of all) if (f.encodingError) problems.push({ file: f.path, line: f.encodingError.line, field: 'encoding', message: f.encodingError.message });
  const files = all.filter((f) => !f.encodingError);
  // The files of a collection, chosen by the very patterns its Astro loader uses.
  const under = (collection: CollectionFiles) => files.filter((f) => inCollection(collection, f.path));

  const articles: (ArticleEntry & { data: ArticleData })[] = [];
  const seen = new Map<string, string>();
  for (const f of under(COLLECTION_FILES.articles)) {
    const id = entryId(f.path);
    const other = seen.get(id);
    if (other) problems.push({ file: f.path, field: 'file name', message: `its article id "${id}" is also that of ${other}, so one page would replace the other: rename one of the two files (lowercase words joined by "-")` });
    else seen.set(id, f.path);
    const entry = article(f);
    if (entry) articles.push(entry);
  }

  const sourceIds = new Set<string>();
  const sourceTitles: string[] = [];
  for (const f of under(COLLECTION_FILES.sources)) {
    const data = validate(f, sourceSchema, yamlOf(f));
    if (!data) continue;
    sourceIds.add(entryId(f.path));
    if (data.title) sourceTitles.push(data.title);
  }

  const quotations: Entry<z.infer<typeof quotationSchema>>[] = [];
  const quotationFile = files.find((f) => f.path === QUOTATIONS);
  if (!quotationFile) problems.push({ file: QUOTATIONS, field: 'file', message: 'the file of allowed quotations is missing, so no quotation can be checked: restore it (git checkout content/quotations.yaml)' });
  const allQuotes = quotationFile && yamlOf(quotationFile);
  for (const qid of Object.keys((allQuotes?.value ?? {}) as Record<string, unknown>)) {
    const data = validate(quotationFile as ContentFile, quotationSchema, allQuotes, qid);
    if (data) quotations.push({ id: qid, file: QUOTATIONS, data });
  }

  const datasets: Entry<z.infer<typeof datasetSchema>>[] = [];
  const comparisons: Entry<z.infer<typeof comparisonSchema>>[] = [];
  for (const f of files) {
    if (inCollection(COLLECTION_FILES.comparisons, f.path)) {
      const data = validate(f, comparisonSchema, yamlOf(f));
      if (data) comparisons.push({ id: entryId(f.path), file: f.path, data });
    } else if (inCollection(COLLECTION_FILES.datasets, f.path)) {
      const data = validate(f, datasetSchema, yamlOf(f));
      if (data) datasets.push({ id: entryId(f.path), file: f.path, data });
    }
  }

  const charts: Entry<z.infer<typeof chartSchema>>[] = [];
  for (const f of under(COLLECTION_FILES.charts)) {
    const data = validate(f, chartSchema, yamlOf(f));
    if (data) charts.push({ id: entryId(f.path), file: f.path, data });
  }

  return { problems, lineOfFile, articles, sourceIds, sourceTitles, quotations, datasets, comparisons, charts };
}

/** Every problem of the content (empty when it may be built). */
export function checkContent(all: ContentFile[], options: CheckOptions = {}): Problem[] {
  return checkAndParseContent(all, options).problems;
}

/** The same, with the content as parsed (for `npm run build`, which hands what it needs to Astro rather than parse again). */
export function checkAndParseContent(all: ContentFile[], options: CheckOptions = {}): { problems: Problem[]; parsed: ParsedContent } {
  const parsed = parseContent(all);
  return { problems: contentProblems(all, parsed, options), parsed };
}

function contentProblems(all: ContentFile[], parsed: ParsedContent, options: CheckOptions): Problem[] {
  const { problems, lineOfFile, articles, sourceIds, sourceTitles, quotations, datasets, comparisons, charts } = parsed;
  // Cross-collection checks only make sense once every file is valid on its own.
  if (problems.length) return problems;
  const published = visibleArticles(articles, false);
  const crossProblems = checkIntegrity({
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
  // Cross-collection problems name a field; the file's YAML knows its line.
  const located = crossProblems.map((p) => {
    const line = p.line ?? lineOfFile.get(p.file)?.(fieldToPath(p.field));
    return line ? { ...p, line } : p;
  });
  const recordFile = all.find((f) => f.path === RECORD_FILE);
  if (!recordFile) return located;
  const record = parseRecord(recordFile.text);
  if ('message' in record) return [...located, record];
  const content = publishedContent({ articles: published, quotations, datasets, comparisons, charts });
  return [...located, ...checkPublished(record, content, options.today ?? new Date().toISOString().slice(0, 10))];
}

/** The figures, quotations and corrections of valid content, for `npm run publish`; undefined if any file is invalid. */
export function contentForRecord(files: ContentFile[]): PublishedContent | undefined {
  const { problems, articles, quotations, datasets, comparisons, charts } = parseContent(files);
  return problems.length ? undefined : publishedContent({ articles: visibleArticles(articles, false), quotations, datasets, comparisons, charts });
}

/** What the publish record compares: figures, quotations and every correction readers see. */
export function publishedContent(set: {
  articles: Entry<{ corrections: CorrectionData[] }>[];
  quotations: Entry<{ text: string }>[];
  datasets: Entry<z.infer<typeof datasetSchema>>[];
  comparisons: Entry<{ corrections: CorrectionData[] }>[];
  charts: Entry<{ corrections: CorrectionData[] }>[];
}): PublishedContent {
  const figures: PublishedContent['figures'] = new Map();
  for (const d of set.datasets) for (const v of d.data.values) figures.set(v.id, { value: v.value, unit: v.unit, year: v.year, status: v.status, file: d.file });
  const quotations: PublishedContent['quotations'] = new Map(set.quotations.map((q) => [q.id, { text: q.data.text, file: q.file }]));
  const corrections = [...set.articles, ...set.datasets, ...set.comparisons, ...set.charts].flatMap((e) =>
    e.data.corrections.map((entry, i) => ({ file: e.file, field: `corrections[${i}]`, entry })),
  );
  return { figures, quotations, corrections };
}
