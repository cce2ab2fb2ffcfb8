/** schema.org JSON-LD for articles (NewsArticle) and the data they cite (Dataset). Pure. */

/** What NewsArticle needs to know about an article. */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  /** Day of the latest correction concerning the article; the publication date when none. */
  modified?: Date;
  authors: string[];
  publisher: string;
  image: string;
  section: string;
  keywords: string[];
  /** URLs of the sources the article relies on. */
  citations: string[];
}

/** A NewsArticle object. */
export function newsArticle(a: NewsArticleInput): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    '@id': `${a.url}#article`,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.published.toISOString(),
    dateModified: (a.modified ?? a.published).toISOString(),
    inLanguage: 'fr-FR',
    image: [a.image],
    articleSection: a.section,
    keywords: a.keywords.join(', '),
    author: a.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: a.publisher },
    citation: a.citations,
  };
}

/** What Dataset needs to know about one of our datasets. */
export interface DatasetInput {
  /** Where the data is shown (the article's table of figures). */
  url: string;
  name: string;
  description: string;
  creator: string;
  /** Labels of the values the page shows. */
  variables: string[];
  /** First and last year the values refer to. */
  years: [number, number];
  /** URLs of the sources of the values. */
  sources: string[];
}

/** A Dataset object. */
export function dataset(d: DatasetInput): Record<string, unknown> {
  return {
    '@type': 'Dataset',
    url: d.url,
    name: d.name,
    description: d.description,
    inLanguage: 'fr-FR',
    creator: { '@type': 'Organization', name: d.creator },
    variableMeasured: d.variables,
    temporalCoverage: d.years[0] === d.years[1] ? String(d.years[0]) : `${d.years[0]}/${d.years[1]}`,
    isBasedOn: d.sources,
    isAccessibleForFree: true,
  };
}

/** A JSON-LD document, serialised so that it cannot close its <script> element. */
export function jsonLd(items: Record<string, unknown>[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
}
