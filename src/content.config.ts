/** The content layer: where each collection lives and which schema checks it. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema } from './content/schemas.ts';
import { DATA_GLOBS } from './content/data-files.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/sources' }),
  schema: sourceSchema,
});

const quotations = defineCollection({
  loader: file('./content/quotations.yaml'),
  schema: quotationSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: DATA_GLOBS.datasets, base: './content/data' }),
  schema: datasetSchema,
});

const comparisons = defineCollection({
  loader: glob({ pattern: DATA_GLOBS.comparisons, base: './content/data' }),
  schema: comparisonSchema,
});

const charts = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/charts' }),
  schema: chartSchema,
});

export const collections = { articles, sources, quotations, datasets, comparisons, charts };
