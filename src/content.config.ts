/** The content layer: where each collection lives (src/lib/content/content-layout.ts) and which schema checks it. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema, chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema } from './content/schemas.ts';
import { COLLECTION_FILES, QUOTATIONS_FILE } from './lib/content/content-layout.ts';
import { collectionLoader } from './lib/content/content-loader.ts';

const articles = defineCollection({ loader: collectionLoader(COLLECTION_FILES.articles), schema: articleSchema });
const sources = defineCollection({ loader: collectionLoader(COLLECTION_FILES.sources), schema: sourceSchema });
const quotations = defineCollection({ loader: file(`./${QUOTATIONS_FILE}`), schema: quotationSchema });
const datasets = defineCollection({ loader: collectionLoader(COLLECTION_FILES.datasets), schema: datasetSchema });
const comparisons = defineCollection({ loader: collectionLoader(COLLECTION_FILES.comparisons), schema: comparisonSchema });
const charts = defineCollection({ loader: collectionLoader(COLLECTION_FILES.charts), schema: chartSchema });

export const collections = { articles, sources, quotations, datasets, comparisons, charts };
